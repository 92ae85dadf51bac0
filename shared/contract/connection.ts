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

export type ClientAuthMethod = 'none' | 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt';

/** Adds a server to run flows against: an issuer, or a Logto endpoint (issuer = endpoint + /oidc). */
export interface AddConnectionRequest {
  /** The workspace the connection belongs to; the default one when absent. */
  workspaceId?: string;
  name?: string;
  /** Exactly one of issuer and logtoEndpoint. Plain http:// only for loopback. */
  issuer?: string;
  logtoEndpoint?: string;
  client: {
    clientId: string;
    name?: string;
    kind: ClientSummary['kind'];
    authMethod: ClientAuthMethod;
    /** Goes to the vault, never to the connections file. */
    clientSecret?: string;
    /** private_key_jwt (RFC 7523 §2.2): "generate" an ES256 key, or the private key as a JWK (JSON) or PKCS#8 PEM. */
    privateKey?: string;
  };
}

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

/** A client's secret entered again (after an import, or a memory-only vault's restart): it goes to the vault only. */
export interface SetClientSecretRequest {
  /** When given, the connection must belong to it: a form never writes into another workspace's connection. */
  workspaceId?: string;
  connectionId: string;
  clientId: string;
  /** client_secret_basic/post: the secret. private_key_jwt: "generate", or the private key as a JWK (JSON) or PKCS#8 PEM. */
  secret: string;
}

/**
 * Changes a saved connection: its name, or one client's id, type, authentication or secret (a wrong secret fixed
 * without removing the connection). Absent fields keep their value; a new secret goes to the vault only.
 */
export interface EditConnectionRequest {
  /** When given, the connection must belong to it. */
  workspaceId?: string;
  connectionId: string;
  name?: string;
  client?: {
    /** The client to change. */
    clientId: string;
    newClientId?: string;
    kind?: ClientSummary['kind'];
    authMethod?: ClientAuthMethod;
    /** client_secret_basic/post: the secret; private_key_jwt: "generate", a JWK (JSON) or a PKCS#8 PEM. */
    secret?: string;
  };
}
