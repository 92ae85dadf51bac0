import { decodeToken } from '../token/decode.js';
import { CLAIM_DEPTH_LIMIT, TOKEN_SIZE_LIMIT, depthRefusal, sizeRefusal } from './limits.js';
import { jsonDepthExceeds } from './json-depth.js';
import { audiences, numericDate, scopes, stringClaim } from './claims.js';
import { subjectKind } from './checks/subject.js';
import { relativeTime } from './relative-time.js';
import { detectTokenKind } from './token-kind.js';
import { idTokenClient } from '../explain/id-token.js';
import { scopeDifferenceSentences } from '../explain/compare-roles.js';
import type { ScopeRoles } from '../explain/scope-roles.js';

/** One token of a comparison, with what the session knows beyond the token itself. */
export interface ComparedToken {
  raw: string;
  /** "A", "PAT exchange", ... (default A and B). */
  label?: string;
  /** Whether the same token response carried a refresh token; undefined when unknown. */
  hasRefreshToken?: boolean;
}

export interface ClaimDifference {
  part: 'header' | 'payload';
  claim: string;
  a?: unknown;
  b?: unknown;
  status: 'same' | 'changed' | 'only-a' | 'only-b';
}

export interface TokenComparison {
  /** Every claim of either token, header first; `same` rows included so a view can show them dimmed. */
  claims: ClaimDifference[];
  /** Plain-language sentences, most telling first. */
  summary: string[];
}

export interface CompareOptions {
  /** Display names for subjects, e.g. { "u_123": "alice" }. */
  subjectNames?: Readonly<Record<string, string>>;
  /** Milliseconds since the epoch or a Date (default: now), to say which token expires first. */
  now?: Date | number;
  /**
   * The roles behind each token, read from its tenant: each scope only one token has is then said with the role
   * behind the difference ("only A has write:orders: eddie's role Editor grants it; …'s role Inventory sync does not").
   */
  roles?: { a?: ScopeRoles; b?: ScopeRoles };
}

type Side = {
  label: string;
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  token: ComparedToken;
  kind: string;
  /** Why this token is not compared at all: over the inspector's limits, stated in shared/inspect/limits.ts. */
  refused?: string;
};

function sideOf(input: ComparedToken | string, fallback: string): Side {
  const token = typeof input === 'string' ? { raw: input } : input;
  const label = token.label ?? fallback;
  const raw = typeof token.raw === 'string' ? token.raw : '';
  if (raw.length > TOKEN_SIZE_LIMIT)
    return { label, header: {}, payload: {}, token, kind: 'Refused', refused: sizeRefusal() };
  const decoded = decodeToken(raw);
  const kind = detectTokenKind(token.raw).label;
  if (decoded.kind !== 'jwt') return { label, header: {}, payload: {}, token, kind };
  // Refused before the claims are compared: comparing walks them, and a hostile depth would overflow the stack.
  for (const part of ['header', 'payload'] as const) {
    if (jsonDepthExceeds(decoded[part], CLAIM_DEPTH_LIMIT))
      return { label, header: {}, payload: {}, token, kind: 'Refused', refused: depthRefusal(part) };
  }
  return { label, header: decoded.header, payload: decoded.payload, token, kind };
}

const article = (noun: string) => (/^[AEIOU]/i.test(noun) ? 'an' : 'a');

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffPart(
  part: ClaimDifference['part'],
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): ClaimDifference[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return names.map((claim) => {
    const inA = claim in a;
    const inB = claim in b;
    const status = !inB ? 'only-a' : !inA ? 'only-b' : same(a[claim], b[claim]) ? 'same' : 'changed';
    return { part, claim, a: a[claim], b: b[claim], status };
  });
}

function actsAs(side: Side, names: Readonly<Record<string, string>>): string {
  const sub = stringClaim(side.payload, 'sub');
  if (!sub) return `${side.label} (${side.kind}) names no subject`;
  const who = names[sub] ?? sub;
  // OpenID Connect Core §2: an ID token is for the client and acts for no one; it says who signed in.
  if (side.kind === 'ID token')
    return `${side.label} is an ID token for the client ${idTokenClient(side.payload) ?? '(none named)'}: it says ${who} signed in and grants no API access`;
  return subjectKind(side.payload) === 'app'
    ? `${side.label} acts as the app itself (${who}) with its M2M roles`
    : `${side.label} acts as user ${who} with the user's roles`;
}

function scopeSentence(a: Side, b: Side): string | undefined {
  const sa = scopes(a.payload) ?? [];
  const sb = scopes(b.payload) ?? [];
  const onlyA = sa.filter((s) => !sb.includes(s));
  const onlyB = sb.filter((s) => !sa.includes(s));
  if (!onlyA.length && !onlyB.length) return sa.length ? `Both grant the same scopes (${sa.join(' ')})` : undefined;
  const parts = [];
  if (onlyA.length) parts.push(`only ${a.label} has ${onlyA.join(' ')}`);
  if (onlyB.length) parts.push(`only ${b.label} has ${onlyB.join(' ')}`);
  return parts.join('; ').replace(/^./, (c) => c.toUpperCase());
}

function roleSentences(a: Side, b: Side, roles: NonNullable<CompareOptions['roles']>): string[] {
  const sentences = scopeDifferenceSentences(
    { label: a.label, payload: a.payload, ...(roles.a ? { roles: roles.a } : {}) },
    { label: b.label, payload: b.payload, ...(roles.b ? { roles: roles.b } : {}) },
  );
  return sentences.length ? sentences : [scopeSentence(a, b)].filter((s): s is string => Boolean(s));
}

function expirySentence(a: Side, b: Side, now: number): string | undefined {
  const ea = numericDate(a.payload, 'exp');
  const eb = numericDate(b.payload, 'exp');
  if (ea === undefined || eb === undefined || ea === eb) return undefined;
  const [later, sooner] = ea > eb ? [a, b] : [b, a];
  const when = (side: Side) => relativeTime(numericDate(side.payload, 'exp')!, now);
  return `${later.label} expires later (${when(later)}, ${sooner.label} ${when(sooner)})`;
}

function audienceSentence(a: Side, b: Side): string {
  const aa = audiences(a.payload)?.join(', ') ?? 'no audience';
  const ab = audiences(b.payload)?.join(', ') ?? 'no audience';
  return aa === ab ? `Both are for ${aa}` : `${a.label} is for ${aa}; ${b.label} is for ${ab}`;
}

function refreshSentence(a: Side, b: Side): string | undefined {
  const ra = a.token.hasRefreshToken;
  const rb = b.token.hasRefreshToken;
  if (ra === undefined || rb === undefined || ra === rb) return undefined;
  return `${ra ? b.label : a.label} has no refresh token`;
}

/**
 * Two tokens claim by claim, with a summary in plain language ("A acts as user alice with the user's roles; B acts as
 * the app itself with its M2M roles; B has no refresh token; A expires later"). Pure; never throws.
 */
export function compareTokens(
  first: ComparedToken | string,
  second: ComparedToken | string,
  options: CompareOptions = {},
): TokenComparison {
  const a = sideOf(first, 'A');
  const b = sideOf(second, 'B');
  const refused = [a, b]
    .filter((side) => side.refused)
    .map((side) => `${side.label} was not compared: ${side.refused}`);
  if (refused.length) return { claims: [], summary: refused };
  const names = options.subjectNames ?? {};
  const millis = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  const claims = [...diffPart('header', a.header, b.header), ...diffPart('payload', a.payload, b.payload)];
  const summary = [
    a.kind !== b.kind
      ? `${a.label} is ${article(a.kind)} ${a.kind}; ${b.label} is ${article(b.kind)} ${b.kind}`
      : undefined,
    `${actsAs(a, names)}; ${actsAs(b, names)}`,
    audienceSentence(a, b),
    ...(options.roles ? roleSentences(a, b, options.roles) : [scopeSentence(a, b)]),
    refreshSentence(a, b),
    expirySentence(a, b, millis / 1000),
    stringClaim(a.payload, 'client_id') !== stringClaim(b.payload, 'client_id')
      ? `They were issued to different apps (${stringClaim(a.payload, 'client_id') ?? 'none'} vs ${stringClaim(b.payload, 'client_id') ?? 'none'})`
      : undefined,
  ].filter((sentence): sentence is string => Boolean(sentence));
  return { claims, summary };
}
