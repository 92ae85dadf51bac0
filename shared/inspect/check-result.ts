/** How one check came out. `fail` makes the token unusable for an API; `warn` is worth fixing; `info` only explains. */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'info';

/** Names the checks; stable, so scripts can read `tokenscope inspect --json`. */
export type CheckId =
  | 'format'
  | 'size'
  | 'signature'
  | 'alg'
  | 'kid'
  | 'embedded-key'
  | 'typ'
  | 'iss'
  | 'aud'
  | 'exp'
  | 'nbf'
  | 'iat'
  | 'scope'
  | 'client_id'
  | 'subject'
  | 'organization'
  | 'cnf';

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  /** One sentence: what was found and, when it is wrong, what to do. */
  message: string;
  /** Where the rule comes from, e.g. "RFC 9068 §2.2"; `specUrl()` turns it into a link. */
  spec: string;
  /** For someone learning: why an API checks this at all. */
  explanation: string;
}

export function check(
  id: CheckId,
  status: CheckStatus,
  message: string,
  spec: string,
  explanation: string,
): CheckResult {
  return { id, status, message, spec, explanation };
}

/**
 * One check's outcomes: its id, the spec it comes from and why an API makes it are stated once, so each outcome
 * gives only its status and message.
 */
export function checkFor(id: CheckId, spec: string, explanation: string) {
  return (status: CheckStatus, message: string): CheckResult => check(id, status, message, spec, explanation);
}

/** "RFC 9068 §2.2" → https://www.rfc-editor.org/rfc/rfc9068#section-2.2; other references map to their home page. */
export function specUrl(spec: string): string | undefined {
  const rfc = /^RFC (\d+)(?: §([\d.]+))?/.exec(spec);
  if (rfc) return `https://www.rfc-editor.org/rfc/rfc${rfc[1]}${rfc[2] ? `#section-${rfc[2]}` : ''}`;
  const oidc = /^OpenID Connect Core(?: §([\d.]+))?/.exec(spec);
  if (oidc) return `https://openid.net/specs/openid-connect-core-1_0.html${oidc[1] ? `#rfc.section.${oidc[1]}` : ''}`;
  if (spec.startsWith('Logto')) return 'https://docs.logto.io/authorization';
  return undefined;
}
