/** What a replayed API call looks like on both sides of the contract, and in the workspace store. */
import type { CallCutOff } from './replay-limits.js';
import type { ChallengeExplanation } from './explain-challenge.js';
import type { Challenge } from './www-authenticate.js';

export interface ReplayHeader {
  name: string;
  value: string;
}

/** A request as the user composed it. The token travels apart (`TokenChoice`), never as a header here. */
export interface ReplayRequest {
  method: string;
  url: string;
  headers: ReplayHeader[];
  body?: string;
  /** The most the whole call may take, like curl's `--max-time`; MAX_TIME_LIMITS.defaultSeconds when absent. */
  maxTimeSeconds?: number;
}

/**
 * The token to send as `Authorization: Bearer` (RFC 6750 §2.1): none (to see the 401), one pasted now, or one the
 * main side already holds under a reference from an earlier call.
 */
export type TokenChoice = { kind: 'none' } | { kind: 'token'; token: string } | { kind: 'reference'; ref: string };

export interface ReplayResponse {
  status: number;
  statusText: string;
  headers: ReplayHeader[];
  /** As text; cut at a limit, see `bodyTruncated` and `cutOff`. */
  body: string;
  bodyTruncated: boolean;
  /** From the first byte sent to the last byte of the body read. */
  durationMs: number;
  /** Bytes of the body as received (decompressed), up to where reading stopped. */
  sizeBytes: number;
  /** The call's time or size limit ended the answer before the API did: what is here is what arrived until then. */
  cutOff?: CallCutOff;
  /** Every `WWW-Authenticate` challenge, parsed (RFC 9110 §11.6.1) and explained (RFC 6750 §3.1). */
  challenges: Challenge[];
  explanations: ChallengeExplanation[];
  /** Problems with a malformed `WWW-Authenticate`, as the parser found them. */
  challengeProblems: string[];
  /** From the body, when the API explains itself there (Logto's Management API `{code, message}`). */
  bodyExplanation?: ChallengeExplanation & { code: string };
}

/** The token of a call as history keeps it: a reference and a mask, never the token. */
export interface TokenMention {
  ref: string;
  /** e.g. "eyJh…•••••• (812 chars)". */
  masked: string;
  /** From the token's claims when it is a JWT: what to show in a picker. */
  subject?: string;
  audience?: string;
  scope?: string;
  issuer?: string;
}

export interface HistoryEntry {
  id: string;
  workspaceId: string;
  /** ISO 8601. */
  at: string;
  request: ReplayRequest;
  token?: TokenMention;
  response?: ReplayResponse;
  /** When no response came: what went wrong and what to do. */
  error?: string;
  /** When no response came because the call's time limit ran out first (`error` says so too). */
  cutOff?: CallCutOff;
}

/** One row of the history list: enough to show and search, small enough for 10,000 rows. */
export interface HistorySummary {
  id: string;
  at: string;
  method: string;
  url: string;
  status?: number;
  durationMs?: number;
  sizeBytes?: number;
  /** Which limit ended the call, when one did. */
  cutOff?: CallCutOff['limit'];
  tokenMasked?: string;
  error?: string;
}

export interface SendApiRequest {
  workspaceId?: string;
  request: ReplayRequest;
  token: TokenChoice;
}

export interface SendApiResult {
  entry: HistoryEntry;
}

export interface ListHistoryRequest {
  workspaceId?: string;
  query?: string;
  offset?: number;
  limit?: number;
}

export interface HistoryPage {
  total: number;
  offset: number;
  entries: HistorySummary[];
}

export function summarize(entry: HistoryEntry): HistorySummary {
  return {
    id: entry.id,
    at: entry.at,
    method: entry.request.method,
    url: entry.request.url,
    ...(entry.response ? { status: entry.response.status, durationMs: entry.response.durationMs, sizeBytes: entry.response.sizeBytes } : {}),
    ...((entry.response?.cutOff ?? entry.cutOff) ? { cutOff: (entry.response?.cutOff ?? entry.cutOff)!.limit } : {}),
    ...(entry.token ? { tokenMasked: entry.token.masked } : {}),
    ...(entry.error ? { error: entry.error } : {}),
  };
}
