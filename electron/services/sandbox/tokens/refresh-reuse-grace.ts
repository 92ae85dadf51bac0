import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
import { consumedAtKey, type SandboxStore } from '../provider/memory-adapter.js';

/** How long a rotated refresh token keeps working, as in Logto (its fork of oidc-provider). */
export const REFRESH_REUSE_GRACE_SECONDS = 3;

type GrantHandler = (ctx: KoaContextWithOIDC) => Promise<void>;

/**
 * Logto lets a rotated refresh token be used again for 3 s (two tabs refreshing at once); after that, reuse is
 * treated as theft and revokes the whole grant (upstream oidc-provider does that from the first reuse).
 */
export function withReuseGrace(provider: Provider, original: GrantHandler, store: SandboxStore): GrantHandler {
  return async (ctx) => {
    const value = ctx.oidc.params.refresh_token;
    const token =
      typeof value === 'string' ? await provider.RefreshToken.find(value, { ignoreExpiration: true }) : undefined;
    const key = token ? `RefreshToken:${token.jti}` : undefined;
    const consumedAt = key ? (store.get(consumedAtKey(key))?.at as number | undefined) : undefined;
    if (key && consumedAt !== undefined && Date.now() - consumedAt <= REFRESH_REUSE_GRACE_SECONDS * 1000) {
      const stored = store.get(key);
      if (stored) delete stored.consumed;
    }
    return original(ctx);
  };
}
