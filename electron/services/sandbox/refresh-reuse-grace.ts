import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { SandboxStore } from './memory-adapter.js';

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
    const token = typeof value === 'string' ? await provider.RefreshToken.find(value, { ignoreExpiration: true }) : undefined;
    const consumed = token?.consumed as number | undefined;
    if (token && consumed !== undefined && Math.floor(Date.now() / 1000) - consumed <= REFRESH_REUSE_GRACE_SECONDS) {
      const stored = store.get(`RefreshToken:${token.jti}`);
      if (stored) delete stored.consumed;
    }
    return original(ctx);
  };
}
