import { decodeJwt, decodeProtectedHeader } from 'jose';
import { check, type CheckResult } from './check-result.js';
import { detectTokenKind, type DetectedKind, type TokenHint, type TokenKind } from './token-kind.js';
import { isJwksDocument, publishedKeys, toKeySetFunction, type KeySetInput } from './key-set.js';
import { checkSignature } from './checks/signature.js';
import { checkAlgorithm } from './checks/alg.js';
import { checkKeyId } from './checks/kid.js';
import { checkEmbeddedKeys } from './checks/embedded-key.js';
import { checkType } from './checks/typ.js';
import { checkIssuer } from './checks/issuer.js';
import { checkAudience } from './checks/audience.js';
import { checkExpiry, checkIssuedAt, checkNotBefore, type Clock } from './checks/time-claims.js';
import { checkScope } from './checks/scope.js';
import { checkClientId } from './checks/client-id.js';
import { checkSubject } from './checks/subject.js';
import { checkOrganization } from './checks/organization.js';
import { checkSize } from './checks/size.js';
import { checkDpopBinding, type HeldDpopKey } from './checks/dpop-binding.js';
import { isSymmetric } from './algorithms.js';
import { CLAIM_DEPTH_LIMIT, TOKEN_SIZE_LIMIT, depthRefusal, sizeRefusal } from './limits.js';
import { jsonDepthExceeds } from './json-depth.js';
import { judgeToken, type Verdict } from './verdict.js';

export interface AnalyzeOptions {
  /** The issuer's keys: its JWKS document, or a jose key-set function (e.g. a cached `createRemoteJWKSet`). */
  jwks?: KeySetInput;
  expectedIssuer?: string;
  /** The resource indicator (RFC 8707) the token must be for. */
  expectedAudience?: string;
  /** Permissions the API operation requires. */
  requiredScopes?: readonly string[];
  /** Leeway for clocks that disagree, in seconds (default 0, as jose). */
  clockSkewSeconds?: number;
  /** The time to judge `exp`/`nbf`/`iat` at: a Date or milliseconds since the epoch (default: now). */
  now?: Date | number;
  hint?: TokenHint;
  /**
   * The keys were found through the token's own `iss` (no issuer was configured): a valid signature then only proves
   * that whoever runs that issuer signed it, so the `iss` row warns unless an expected issuer pins it.
   */
  keysFromTokenIssuer?: boolean;
  /**
   * The DPoP key of the run that received the token, by thumbprint (`{}`: no run holding the token has one). Given,
   * `cnf.jkt` is checked against it; absent, only a token with `cnf` gets that row.
   */
  heldDpopKey?: HeldDpopKey;
}

export interface TokenAnalysis extends DetectedKind {
  /** Present when the header could be decoded. */
  header?: Record<string, unknown>;
  /** Present when the payload could be decoded. */
  payload?: Record<string, unknown>;
  /** Valid, invalid or not verified, with the reason (and the fix when not verified). */
  verdict: Verdict;
  /** `verdict.status === 'valid'`: a verified signature from a trusted issuer and no failed check. */
  valid: boolean;
  /** Every check, in a fixed order; none is skipped because another failed. */
  checks: CheckResult[];
  /** The input was refused before decoding (over a limit of shared/inspect/limits.ts); its one row says why. */
  refused?: true;
}

function clockOf(options: AnalyzeOptions): Clock {
  const millis = options.now instanceof Date ? options.now.getTime() : options.now;
  const now = typeof millis === 'number' && Number.isFinite(millis) ? millis / 1000 : Date.now() / 1000;
  const skew = options.clockSkewSeconds;
  return { now, skew: typeof skew === 'number' && Number.isFinite(skew) && skew > 0 ? skew : 0 };
}

function usedAsAccessToken(options: AnalyzeOptions): boolean {
  return Boolean(options.expectedAudience) || (options.requiredScopes?.some(Boolean) ?? false);
}

const FORMAT_WHY =
  'A JWT (RFC 7519) is three base64url parts, header.payload.signature, that anyone can read and only the issuer can sign. ' +
  'Other tokens are opaque: only the server that issued them knows what they mean.';

/** The one row a token gets when it is not a readable JWT: what it is, and whether an API could use it. */
function formatCheck(detected: DetectedKind, forApi: boolean): CheckResult {
  const spec = 'RFC 7519 §7.2';
  if (detected.kind === 'malformed') return check('format', 'fail', detected.explanation, spec, FORMAT_WHY);
  if (detected.kind === 'access_token' || detected.kind === 'id_token' || detected.kind === 'jwt') {
    return check(
      'format',
      'pass',
      'A JWS compact serialization: header, payload and signature all decode.',
      spec,
      FORMAT_WHY,
    );
  }
  const notForApis: TokenKind[] = ['refresh_token', 'pat', 'subject_token'];
  if (forApi && notForApis.includes(detected.kind)) {
    return check(
      'format',
      'fail',
      `${detected.label}: an API does not accept it. ${detected.explanation}`,
      spec,
      FORMAT_WHY,
    );
  }
  const status = forApi ? 'warn' : 'info';
  return check(
    'format',
    status,
    `${detected.label}: nothing to verify locally. ${detected.explanation}`,
    'RFC 7662 §2',
    FORMAT_WHY,
  );
}

function tryDecode<T>(decode: () => T): T | undefined {
  try {
    return decode();
  } catch {
    return undefined;
  }
}

async function jwtChecks(
  raw: string,
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  kind: TokenKind,
  options: AnalyzeOptions,
): Promise<CheckResult[]> {
  const keySet = options.jwks ? toKeySetFunction(options.jwks) : undefined;
  // Runs first: a remote key set loads its document here, which the kid and alg rows then read.
  const signature = await checkSignature(raw, header, keySet);
  // jose refuses HS* before asking for a key, so a remote set is still unloaded: load it, or the alg row could not
  // tell key confusion (RFC 8725 §3.1) from an issuer that really uses a shared secret.
  if (keySet?.reload && !publishedKeys(keySet) && typeof header.alg === 'string' && isSymmetric(header.alg)) {
    await keySet.reload().catch(() => undefined);
  }
  const keys = isJwksDocument(options.jwks) ? options.jwks.keys : publishedKeys(keySet);
  const clock = clockOf(options);
  const required = kind === 'access_token' || kind === 'id_token';
  return [
    signature,
    checkAlgorithm(header, keys),
    checkKeyId(header, keys),
    checkEmbeddedKeys(header),
    checkType(header, kind, { usedAsAccessToken: usedAsAccessToken(options) }),
    checkIssuer(payload, options.expectedIssuer, required, { keysFromTokenIssuer: options.keysFromTokenIssuer }),
    checkAudience(payload, options.expectedAudience, required),
    checkExpiry(payload, clock, required),
    checkNotBefore(payload, clock),
    checkIssuedAt(payload, clock, required),
    checkScope(payload, options.requiredScopes),
    checkClientId(payload, kind),
    checkSubject(payload, required),
    checkOrganization(payload),
    ...checkDpopBinding(payload, options.heldDpopKey),
  ];
}

interface Decoded {
  header?: Record<string, unknown>;
  payload?: Record<string, unknown>;
}

function verdict(
  detected: DetectedKind,
  checks: CheckResult[],
  decoded: Decoded = {},
  options: AnalyzeOptions = {},
): TokenAnalysis {
  const iss = decoded.payload?.iss;
  const judged = judgeToken({
    ...detected,
    checks,
    keysFromTokenIssuer: options.keysFromTokenIssuer && !options.expectedIssuer,
    tokenIssuer: typeof iss === 'string' ? iss : undefined,
  });
  return { ...detected, ...decoded, verdict: judged, valid: judged.status === 'valid', checks };
}

/** Refused before any decoding or walking: the message says which limit and why. */
function refused(id: 'size' | 'format', message: string): TokenAnalysis {
  const detected: DetectedKind = { kind: 'malformed', label: 'Refused', explanation: message };
  const spec = id === 'size' ? 'RFC 6750 §2.1' : 'RFC 7519 §7.2';
  const sentence = `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  return { ...verdict(detected, [check(id, 'fail', sentence, spec, FORMAT_WHY)]), refused: true };
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Options may arrive as JSON from the renderer or a script: keep what has the right shape, drop the rest. */
function sanitized(options: AnalyzeOptions): AnalyzeOptions {
  const scopes: unknown = options.requiredScopes;
  const requiredScopes = Array.isArray(scopes)
    ? scopes.filter((scope): scope is string => typeof scope === 'string' && scope !== '')
    : typeof scopes === 'string'
      ? scopes.split(' ').filter(Boolean)
      : [];
  return {
    ...options,
    expectedIssuer: text(options.expectedIssuer),
    expectedAudience: text(options.expectedAudience),
    requiredScopes,
    hint: typeof options.hint === 'object' && options.hint !== null ? options.hint : {},
    heldDpopKey:
      typeof options.heldDpopKey === 'object' && options.heldDpopKey !== null
        ? { ...(text(options.heldDpopKey.jkt) ? { jkt: text(options.heldDpopKey.jkt)! } : {}) }
        : undefined,
  };
}

/**
 * Runs every check on a token and reports all of them: one failure never hides the next (unlike `jwtVerify`, which
 * stops at the first). Never rejects: whatever the input, the answer is a verdict.
 */
export async function analyzeToken(raw: unknown, given: AnalyzeOptions = {}): Promise<TokenAnalysis> {
  const options = sanitized(typeof given === 'object' && given !== null ? given : {});
  if (typeof raw === 'string' && raw.length > TOKEN_SIZE_LIMIT) return refused('size', sizeRefusal());
  const detected = detectTokenKind(raw, options.hint);
  const token = typeof raw === 'string' ? raw.trim() : '';
  try {
    const format = formatCheck(detected, usedAsAccessToken(options));
    const size = checkSize(token);
    if (detected.kind !== 'access_token' && detected.kind !== 'id_token' && detected.kind !== 'jwt') {
      const header = tryDecode(() => ({ ...decodeProtectedHeader(token) }));
      if (header && jsonDepthExceeds(header, CLAIM_DEPTH_LIMIT)) return refused('format', depthRefusal('header'));
      return verdict(detected, [format, size], { header }, options);
    }
    const header = { ...decodeProtectedHeader(token) } as Record<string, unknown>;
    const payload = { ...decodeJwt(token) } as Record<string, unknown>;
    if (jsonDepthExceeds(header, CLAIM_DEPTH_LIMIT)) return refused('format', depthRefusal('header'));
    if (jsonDepthExceeds(payload, CLAIM_DEPTH_LIMIT)) return refused('format', depthRefusal('payload'));
    const checks = [format, size, ...(await jwtChecks(token, header, payload, detected.kind, options))];
    return verdict(detected, checks, { header, payload }, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failed = check(
      'format',
      'fail',
      `Tokenscope could not analyze this token: ${reason}`,
      'RFC 7519 §7.2',
      FORMAT_WHY,
    );
    return verdict({ ...detected, kind: 'malformed' }, [failed]);
  }
}
