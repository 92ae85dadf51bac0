/**
 * What a lesson check reads: the session's runs (every grant, as the main side recorded them) and its API calls
 * (history entries), reduced to the facts a check needs. Decoding reuses the run's DecodedToken (decoded once by
 * jose on the main side); claims are read with shared/inspect's helpers, scopes with shared/oauth's.
 */
import type { GrantKind } from '../contract/flow.js';
import type { RunRecord } from '../contract/run-record.js';
import type { HistoryEntry } from '../replay/types.js';
import type { Challenge } from '../replay/www-authenticate.js';
import { audiences, stringClaim } from '../inspect/claims.js';
import { normalizedTyp } from '../inspect/token-kind.js';
import { scopeWords } from '../oauth/granted-scopes.js';
import { isIdentityScope } from '../oauth/reserved-scopes.js';
import { criterion, type Criterion } from './lesson.js';

export interface LessonEvidence {
  runs: readonly RunRecord[];
  calls: readonly HistoryEntry[];
}

/** The access token of a successful run, as far as a lesson cares. */
export interface IssuedToken {
  run: RunRecord;
  grant: GrantKind;
  clientId: string;
  /** `jwt` carries claims; `opaque` only says the server kept the meaning to itself. */
  format: 'jwt' | 'opaque' | 'malformed';
  /** `typ` of the JOSE header, normalized ("at+jwt"). */
  typ?: string;
  audiences: string[];
  /** The `scope` claim's words; undefined when the token has no `scope` claim (or is not a JWT). */
  scopes?: string[];
  subject?: string;
  /** RFC 9068 §2.2: `client_id`. */
  tokenClientId?: string;
  organizationId?: string;
  /** What was asked: resources (RFC 8707) and the API permissions among the scopes (identity scopes left out). */
  requestedResources: string[];
  requestedPermissions: string[];
  requestedOrganization?: string;
}

/** Evidence after `since` (ISO 8601): a lesson counts what was done after it was started, not in that same ms. */
export function evidenceSince(evidence: LessonEvidence, since: string | undefined): LessonEvidence {
  if (!since) return evidence;
  const from = Date.parse(since);
  if (Number.isNaN(from)) return evidence;
  const after = (at: string) => Date.parse(at) > from;
  return { runs: evidence.runs.filter((r) => after(r.at)), calls: evidence.calls.filter((c) => after(c.at)) };
}

export function issuedToken(run: RunRecord): IssuedToken | undefined {
  if (!run.result.ok) return undefined;
  const token = run.result.accessToken;
  const base = {
    run,
    grant: run.grant,
    clientId: run.clientId,
    requestedResources: run.request.resources,
    requestedPermissions: run.request.scopes.filter((s) => !isIdentityScope(s)),
    ...(run.request.organizationId ? { requestedOrganization: run.request.organizationId } : {}),
  };
  if (token.kind !== 'jwt') return { ...base, format: token.kind, audiences: [] };
  const { header, payload } = token;
  const scopes = scopeWords(payload.scope);
  const typ = normalizedTyp(header);
  const subject = stringClaim(payload, 'sub');
  const tokenClientId = stringClaim(payload, 'client_id');
  const organizationId = stringClaim(payload, 'organization_id');
  return {
    ...base,
    format: 'jwt',
    audiences: audiences(payload) ?? [],
    ...(typ ? { typ } : {}),
    ...(scopes ? { scopes } : {}),
    ...(subject ? { subject } : {}),
    ...(tokenClientId ? { tokenClientId } : {}),
    ...(organizationId ? { organizationId } : {}),
  };
}

/** Every access token the session was issued, oldest first. */
export const issuedTokens = (evidence: LessonEvidence): IssuedToken[] =>
  evidence.runs.map(issuedToken).filter((t): t is IssuedToken => t !== undefined);

/** A JWT access token (RFC 9068 §2.1: `typ` at+jwt). */
export const isJwtAccessToken = (t: IssuedToken): boolean => t.format === 'jwt' && t.typ === 'at+jwt';

/** RFC 9068 §2.2: a token the app got for itself has `sub` = `client_id`; a user's has the user's id. */
export const actsAsApp = (t: IssuedToken): boolean =>
  t.format === 'jwt' && t.subject !== undefined && t.subject === (t.tokenClientId ?? t.clientId);

export const actsAsUser = (t: IssuedToken): boolean => t.format === 'jwt' && t.subject !== undefined && !actsAsApp(t);

/** The requested permissions the token carries, and those it does not (requested ∩ granted, and the rest). */
export function permissionSplit(t: IssuedToken): { granted: string[]; dropped: string[] } {
  const held = new Set(t.scopes ?? []);
  return {
    granted: t.requestedPermissions.filter((s) => held.has(s)),
    dropped: t.requestedPermissions.filter((s) => !held.has(s)),
  };
}

/** A short name for a token in a criterion's detail: "client credentials token of tokenscope-m2m for …". */
export function describeToken(t: IssuedToken): string {
  const grant = t.grant.replace(/_/g, ' ');
  const audience = t.audiences.length ? ` for ${t.audiences.join(', ')}` : '';
  const scope = t.format === 'jwt' ? ` (scope: ${t.scopes?.length ? t.scopes.join(' ') : 'none'})` : '';
  return `the ${t.format === 'jwt' ? 'JWT' : t.format} ${grant} token of ${t.clientId}${audience}${scope}`;
}

/** A criterion met by a token the session got, named in its detail. */
export const tokenCriterion = (label: string, token: IssuedToken | undefined, notYet: string): Criterion =>
  criterion(label, token, (t) => `${describeToken(t)}.`, notYet);

/** A call the API answered, with what a lesson reads of it. */
export interface AnsweredCall {
  entry: HistoryEntry;
  status: number;
  path: string;
  /** The token sent, as history describes it (from its claims when it was a JWT); undefined: no token. */
  tokenAudience?: string;
  tokenScopes?: string[];
  challenges: Challenge[];
  /** Logto's Management API explains itself in the body: `{code, message}`. */
  bodyCode?: string;
}

export function answeredCalls(evidence: LessonEvidence): AnsweredCall[] {
  return evidence.calls.flatMap((entry): AnsweredCall[] => {
    const response = entry.response;
    if (!response) return [];
    let path = '';
    try {
      path = new URL(entry.request.url).pathname;
    } catch {
      // A URL the history kept but cannot parse answers no lesson's question.
    }
    const tokenScopes = scopeWords(entry.token?.scope);
    return [
      {
        entry,
        status: response.status,
        path,
        ...(entry.token?.audience ? { tokenAudience: entry.token.audience } : {}),
        ...(tokenScopes ? { tokenScopes } : {}),
        challenges: response.challenges,
        ...(response.bodyExplanation ? { bodyCode: response.bodyExplanation.code } : {}),
      },
    ];
  });
}

/** The RFC 6750 §3 Bearer challenges of an answer. */
export const bearerChallenges = (call: AnsweredCall): Challenge[] =>
  call.challenges.filter((c) => c.scheme.toLowerCase() === 'bearer');
