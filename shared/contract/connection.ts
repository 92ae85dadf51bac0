import type { CLIENT_AUTH_METHODS, CLIENT_KINDS } from './methods/connection-methods.js';

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
  kind: (typeof CLIENT_KINDS)[number];
  /** True when the main side holds a secret for it; the secret itself never crosses the contract. */
  hasSecret: boolean;
  /**
   * RFC 6749 §2.3 / OIDC Core §9. Absent for the sandbox's apps that authenticate as Logto's do; private_key_jwt for
   * one the world switched to it, which the built-in Sandbox connection cannot use (it holds no private key).
   */
  authMethod?: ClientAuthMethod;
  /** private_key_jwt: the public key to register for the client on the server (never the private part). */
  publicJwk?: Record<string, unknown>;
  /** The client needs a secret the vault no longer has (memory-only vault after a restart): say so, ask again. */
  secretMissing?: boolean;
}

export type ClientAuthMethod = (typeof CLIENT_AUTH_METHODS)[number];

export interface ConnectionSummary {
  id: string;
  name: string;
  kind: 'sandbox' | 'issuer';
  issuer: string;
  resources: ApiResourceSummary[];
  clients: ClientSummary[];
  /** The discovery document (OpenID Connect Discovery 1.0 §3), for the user to read. */
  metadata?: Record<string, unknown>;
  /** Set when the connection cannot be used right now (e.g. the sandbox failed to start), with the fix. */
  unavailable?: string;
}

export type {
  AddConnectionRequest,
  EditConnectionRequest,
  SetClientSecretRequest,
} from './methods/connection-methods.js';
