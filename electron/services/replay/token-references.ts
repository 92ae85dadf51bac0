/**
 * Tokens the main side holds for replay, by reference: history and the renderer's re-send name a token without
 * carrying it. In memory only and bounded; after a restart a reference is gone and the user picks a token again.
 */
import { createHash } from 'node:crypto';
import { decodeToken } from '../../../shared/token/decode.js';
import { knownSecrets, maskValue, type KnownSecrets } from '../../../shared/security/masking/mask.js';
import type { TokenMention } from '../../../shared/replay/types.js';

export class TokenReferences {
  private readonly tokens = new Map<string, string>();
  /** The same token sent again costs one lookup, not a hash and a decode. */
  private readonly mentions = new Map<string, TokenMention>();
  /** Held tokens bound to a key by `cnf.jkt` (RFC 9449 §6.1), read in the same decode as their mention. */
  private readonly bound = new Set<string>();

  /** The held tokens as masking looks for them; built again only when the set changes. */
  private spelled: KnownSecrets | undefined;

  constructor(private readonly limit = 200) {}

  /** Every token held, for masking wherever one shows up (a body that echoes it, a URL it was pasted into). */
  known(): KnownSecrets {
    return (this.spelled ??= knownSecrets(this.tokens.values()));
  }

  /** The same token always gets the same reference (a hash prefix, which cannot be turned back into the token). */
  hold(token: string): TokenMention {
    const known = this.mentions.get(token);
    if (known && this.tokens.has(known.ref)) return known;
    const ref = `tok_${createHash('sha256').update(token).digest('base64url').slice(0, 16)}`;
    this.tokens.delete(ref);
    this.tokens.set(ref, token);
    this.spelled = undefined;
    while (this.tokens.size > this.limit) {
      const oldest = this.tokens.keys().next().value!;
      const dropped = this.tokens.get(oldest)!;
      this.mentions.delete(dropped);
      this.bound.delete(dropped);
      this.tokens.delete(oldest);
    }
    const decoded = decodeToken(token);
    const made = mention(ref, token, decoded);
    this.mentions.set(token, made);
    if (decoded.kind === 'jwt' && typeof (decoded.payload.cnf as { jkt?: unknown } | undefined)?.jkt === 'string')
      this.bound.add(token);
    return made;
  }

  /** Whether a held token names the key it is bound to (`cnf.jkt`); `hold` it first. */
  boundToKey(token: string): boolean {
    return this.bound.has(token);
  }

  get(ref: string): string | undefined {
    return this.tokens.get(ref);
  }
}

function mention(ref: string, token: string, decoded: ReturnType<typeof decodeToken>): TokenMention {
  const base: TokenMention = { ref, masked: maskValue(token) };
  if (decoded.kind !== 'jwt') return base;
  const { sub, aud, scope, iss } = decoded.payload;
  return {
    ...base,
    ...(typeof sub === 'string' ? { subject: sub } : {}),
    ...(typeof aud === 'string' ? { audience: aud } : Array.isArray(aud) ? { audience: aud.join(' ') } : {}),
    ...(typeof scope === 'string' ? { scope } : {}),
    ...(typeof iss === 'string' ? { issuer: iss } : {}),
  };
}
