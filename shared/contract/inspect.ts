import type { TokenAnalysis } from '../inspect/analyze-token.js';
import type { TokenComparison } from '../inspect/compare-tokens.js';

/** What the inspector checks a token against; all optional but the token. */
export interface InspectTokenRequest {
  token: string;
  /** The issuer to trust: its `jwks_uri` verifies the signature and `iss` must equal it. Absent: the token's own `iss`, flagged. */
  issuer?: string;
  /** The resource indicator (RFC 8707) the API expects in `aud`. */
  expectedAudience?: string;
  /** Permissions the API operation requires. */
  requiredScopes?: string[];
  clockSkewSeconds?: number;
}

/** Requested vs granted vs in-token scopes for a token, with why each missing scope is missing. */
export interface ExplainScopesRequest {
  /** The access token (JWT) whose scopes are compared with the request. */
  token: string;
  /** What the client asked for: `resource` values (RFC 8707) and the `scope` parameter, split. */
  request: { resources: string[]; scopes: string[]; organizationId?: string };
  /** The `scope` field of the token response, when known. */
  grantedScope?: string;
}

/** The sandbox's one-click comparison; both tokens are for `resource` (default: the world's default API). */
export interface CompareSandboxRequest {
  resource?: string;
  scope?: string;
}

/** A PAT exchange token (acts as the user) and an M2M token (acts as the app) for the same API, compared. */
export interface SandboxComparison {
  /** The sandbox issuer that signed both, to inspect either against it. */
  issuer: string;
  resource: string;
  pat: { clientId: string; user: string; raw: string; analysis: TokenAnalysis };
  m2m: { clientId: string; raw: string; analysis: TokenAnalysis };
  comparison: TokenComparison;
}
