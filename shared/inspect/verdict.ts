import type { CheckResult } from './check-result.js';
import type { TokenKind } from './token-kind.js';

/**
 * The one answer the inspector gives. Fail closed: `valid` needs a signature verified with keys of an issuer the
 * user named; anything short of that is `not_verified`, which no gate may treat as a pass.
 */
export type VerdictStatus = 'valid' | 'invalid' | 'not_verified';

export interface Verdict {
  status: VerdictStatus;
  /** Why, in one or two sentences, from the rows that decided it. */
  reason: string;
  /** What to do to get a verified answer; present for `not_verified`. */
  fix: string | undefined;
}

export interface VerdictContext {
  kind: TokenKind;
  label: string;
  checks: readonly CheckResult[];
  /** The keys were found through the token's own `iss`, which the user did not name. */
  keysFromTokenIssuer?: boolean;
  /** The token's own `iss`, to name in the fix. */
  tokenIssuer?: string;
}

const JWT_KINDS: TokenKind[] = ['access_token', 'id_token', 'jwt'];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const GIVE_ISSUER =
  'Give the issuer you trust (--issuer URL on the command line, "Issuer to trust" in the app) and make sure its ' +
  'JWKS can be reached; or use --decode-only to read the token without a verdict.';

export function judgeToken(context: VerdictContext): Verdict {
  const { kind, label, checks } = context;
  const failed = checks.filter((c) => c.status === 'fail');
  const warned = checks.filter((c) => c.status === 'warn').length;
  if (failed.length > 0) {
    const first = failed[0]!;
    const rest =
      failed.length > 1
        ? ` (and ${failed
            .slice(1)
            .map((c) => c.id)
            .join(', ')})`
        : '';
    return {
      status: 'invalid',
      reason: `${plural(failed.length, 'check')} failed: ${first.id}: ${first.message}${rest}`,
      fix: undefined,
    };
  }
  if (!JWT_KINDS.includes(kind)) {
    return {
      status: 'not_verified',
      reason:
        `${label}: nothing in it can be verified locally. Only the server that issued it can say whether it is ` +
        'active, for which API and with which scopes, through token introspection (RFC 7662 §2).',
      fix:
        "Introspect it at the issuer's introspection endpoint with the API's client credentials, or request a JWT " +
        'access token by sending `resource` (RFC 8707) so an API can verify it itself.',
    };
  }
  const signature = checks.find((c) => c.id === 'signature');
  if (signature?.status !== 'pass') {
    return { status: 'not_verified', reason: signature?.message ?? 'The signature was not checked.', fix: GIVE_ISSUER };
  }
  if (context.keysFromTokenIssuer) {
    const iss = context.tokenIssuer ?? 'its iss';
    return {
      status: 'not_verified',
      reason:
        `The signature matches the keys of ${iss}, the issuer the token names itself; anyone can run an ` +
        'issuer and sign what they like, and nothing pins this one (RFC 8725 §3.8).',
      fix: `If you trust ${iss}, say so: --issuer ${iss} (or fill in "Issuer to trust").`,
    };
  }
  return {
    status: 'valid',
    reason: `Signature verified with the trusted issuer's keys; no check failed${warned ? ` (${plural(warned, 'warning')})` : ''}.`,
    fix: undefined,
  };
}

/**
 * The exit code of `tokenscope inspect`, decided here only. Decoding only (`--decode-only`) asks for no verdict, so
 * it exits 0 whenever the token could be read at all.
 */
export function exitCodeOf(
  analysis: { kind: TokenKind; verdict: Verdict },
  options: { decodeOnly?: boolean } = {},
): 0 | 1 {
  if (options.decodeOnly) return analysis.kind === 'malformed' ? 1 : 0;
  return analysis.verdict.status === 'valid' ? 0 : 1;
}
