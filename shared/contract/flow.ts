import type { DecodedToken } from '../token/decoded-token.js';

export interface ClientCredentialsRequest {
  connectionId: string;
  clientId: string;
  /** RFC 8707 §2: one or more resource indicators; Logto accepts exactly one for this grant. */
  resources: string[];
  /** Space-separated scopes, as RFC 6749 §3.3 writes them. */
  scope: string;
}

/** The token endpoint's answer, as sent (RFC 6749 §5.1), with secrets masked unless revealed. */
export type TokenResponseView = Record<string, unknown>;

export interface FlowError {
  /** The server's `error` (RFC 6749 §5.2) or our own code for network and client-side failures. */
  error: string;
  errorDescription?: string;
  status?: number;
  /** What the user asked for and why the server refused, in one or two sentences. */
  explanation: string;
  /** What to change. */
  fix: string;
}

export type FlowResult =
  | {
      ok: true;
      grant: 'client_credentials';
      issuer: string;
      tokenResponse: TokenResponseView;
      accessToken: DecodedToken;
      durationMs: number;
    }
  | { ok: false; grant: 'client_credentials'; issuer: string; error: FlowError; durationMs: number };
