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
