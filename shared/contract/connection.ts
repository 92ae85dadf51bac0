/** What the renderer may know about a connection: never a secret. */
export interface ApiResourceSummary {
  /** RFC 8707 resource indicator: an absolute URI, no fragment. */
  indicator: string;
  name: string;
  /** Permissions (scopes) defined on the resource. */
  scopes: { name: string; description?: string }[];
}

export interface ClientSummary {
  clientId: string;
  name: string;
  kind: 'm2m' | 'native' | 'spa' | 'traditional';
  /** True when the main side holds a secret for it; the secret itself never crosses the contract. */
  hasSecret: boolean;
}

export interface ConnectionSummary {
  id: string;
  name: string;
  kind: 'sandbox' | 'issuer';
  issuer: string;
  resources: ApiResourceSummary[];
  clients: ClientSummary[];
  /** Set when the connection cannot be used right now (e.g. the sandbox failed to start), with the fix. */
  unavailable?: string;
}
