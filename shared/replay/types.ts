/** What a replayed API call looks like on both sides of the contract, and in the workspace store. */
import type { CallCutOff } from './replay-limits.js';
import type { ChallengeExplanation } from './explain-challenge.js';
import type { Challenge } from './www-authenticate.js';
import type { ReplayHeader, ReplayRequest } from '../contract/methods/replay-methods.js';

export type {
  ListHistoryRequest,
  ReplayHeader,
  ReplayRequest,
  SendApiRequest,
  TokenChoice,
} from '../contract/methods/replay-methods.js';

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
  /** How the token went: `Authorization: Bearer` (RFC 6750 §2.1) or `Authorization: DPoP` (RFC 9449 §7.1). */
  sentAs?: 'Bearer' | 'DPoP';
  /** With DPoP: the thumbprint of the run's key the proof was signed with, and whether the API's nonce was needed. */
  dpop?: { jkt: string; retriedWithNonce: boolean };
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

export interface SendApiResult {
  entry: HistoryEntry;
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
    ...(entry.response
      ? { status: entry.response.status, durationMs: entry.response.durationMs, sizeBytes: entry.response.sizeBytes }
      : {}),
    ...((entry.response?.cutOff ?? entry.cutOff) ? { cutOff: (entry.response?.cutOff ?? entry.cutOff)!.limit } : {}),
    ...(entry.token ? { tokenMasked: entry.token.masked } : {}),
    ...(entry.error ? { error: entry.error } : {}),
  };
}
