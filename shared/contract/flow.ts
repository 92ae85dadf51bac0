import type { DecodedToken } from '../token/decoded-token.js';
import type { TimelineEntry } from '../flows/timeline.js';

export type { TimelineEntry };

/** The grants Tokenscope runs; token_exchange is RFC 8693, device_code RFC 8628. */
export const GRANT_KINDS = [
  'client_credentials',
  'authorization_code',
  'refresh_token',
  'token_exchange',
  'device_code',
] as const;
export type GrantKind = (typeof GRANT_KINDS)[number];

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

/** What every run carries, success or not. */
interface FlowRunBase {
  grant: GrantKind;
  issuer: string;
  durationMs: number;
  /** Every HTTP request and response of the run, in order, secrets masked. */
  timeline: TimelineEntry[];
  /** Names this run on the main side, which keeps its secrets (refresh token…) so a next step can use them unseen. */
  runId?: string;
  /** Things the user should know before the next step, e.g. the refresh trap. */
  warnings?: string[];
}

export type FlowResult =
  | (FlowRunBase & {
      ok: true;
      tokenResponse: TokenResponseView;
      accessToken: DecodedToken;
      /** True when the server sent a refresh token (kept on the main side under `runId`). */
      hasRefreshToken?: boolean;
    })
  | (FlowRunBase & { ok: false; error: FlowError });

export type { ClientCredentialsRequest } from './methods/flow-methods.js';
