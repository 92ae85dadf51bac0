/**
 * What a refresh did to the refresh token, read from the answer: the main side compares the refresh token it sent
 * with the one that came back (neither leaves it) and hands over only the verdict. Whether a server rotates is its
 * own choice (RFC 6749 §6: it MAY issue a new refresh token), so the advice says which rule applied and why.
 */
import type { ServerFamily } from './server-family.js';

export type RotationVerdict = 'rotated' | 'not_rotated' | 'none_returned';

export function rotationVerdict(sent: string, returned: string | undefined): RotationVerdict {
  if (returned === undefined || returned === '') return 'none_returned';
  return returned === sent ? 'not_rotated' : 'rotated';
}

/** Logto core (packages/core/src/oidc/defaults.ts, public on GitHub): who gets a new refresh token, and when. */
const LOGTO_RULE =
  "Logto's rule: unless the app switches rotation off, a public client's refresh token that is not DPoP-bound is " +
  "rotated on every use, a confidential client's or a DPoP-bound one only once 70% of its lifetime has passed " +
  "(older Logto, such as v1.36, never rotates a traditional web app's); a rotated token still works for 3 seconds, " +
  'a reuse after that revokes the whole grant';

const GENERIC_RULE =
  'RFC 6749 §6 leaves rotation to the server; the OAuth 2.0 Security BCP (RFC 9700 §4.14) asks servers that rotate ' +
  'to invalidate the old refresh token and may revoke the grant when it is reused';

function ruleFor(family: ServerFamily): string {
  return family.kind === 'logto'
    ? `${LOGTO_RULE} (applied because ${family.why}).`
    : `${GENERIC_RULE} (the generic rule, because ${family.why}).`;
}

/** One sentence for the run, saying what came back and which rule explains it. */
export function rotationAdvice(verdict: RotationVerdict, family: ServerFamily): string {
  switch (verdict) {
    case 'rotated':
      return `A new refresh token came back: rotated. Use the new one from now on; the one sent is spent, and sending it again may revoke the grant. ${ruleFor(family)}`;
    case 'not_rotated':
      return `The same refresh token came back: not rotated. It keeps working until it expires or is revoked, so you can refresh with it again. ${ruleFor(family)}`;
    case 'none_returned':
      return 'No refresh token came back: the one sent was not replaced, so keep using it (RFC 6749 §6: a new one is optional; when none is issued the client keeps the old one).';
  }
}

export interface SpendContext {
  family: ServerFamily;
  /** True for a public client (no secret, no key): Logto rotates its refresh token on every use. */
  publicClient: boolean;
  dpopBound: boolean;
  /** What an earlier refresh of this same refresh token answered, when there was one. */
  earlier?: RotationVerdict;
}

/**
 * Whether a refresh that failed after the server looked at the refresh token (invalid_target) left it spent.
 * oidc-provider (under Logto) rotates, and so spends, the token before it checks the resource, but only when it
 * rotates at all; servers that do not rotate keep it.
 */
export function spentAfterFailedRefresh(context: SpendContext): { likelySpent: boolean; why: string } {
  if (context.earlier === 'not_rotated' || context.earlier === 'none_returned') {
    return {
      likelySpent: false,
      why: 'An earlier refresh with this refresh token got the same one back (not rotated), so this server keeps it: it most likely still works.',
    };
  }
  if (context.family.kind === 'logto') {
    if (context.publicClient && !context.dpopBound) {
      return {
        likelySpent: true,
        why: `Logto rotates a public client's refresh token on every use, before it checks the resource, so this refresh token is now spent: Logto still accepts it for about 3 seconds, after that a refresh with it gets invalid_grant and revokes the whole grant (applied because ${context.family.why}).`,
      };
    }
    return {
      likelySpent: false,
      why: `Logto rotates a confidential or DPoP-bound refresh token only once 70% of its lifetime has passed, so this refresh token most likely still works; the next successful refresh tells for sure (applied because ${context.family.why}).`,
    };
  }
  if (context.earlier === 'rotated') {
    return {
      likelySpent: true,
      why: 'An earlier refresh with this chain returned a new refresh token, so this server rotates: oidc-provider-based servers spend the token before checking the resource, so it may be spent now.',
    };
  }
  return {
    likelySpent: false,
    why: 'Whether this refresh token still works depends on the server (RFC 6749 §6): servers that rotate may have spent it (oidc-provider spends it before checking the resource), servers that do not rotate keep it. A successful refresh says which: Tokenscope tells whether a new refresh token came back.',
  };
}
