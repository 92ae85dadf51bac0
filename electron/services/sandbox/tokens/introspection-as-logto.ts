import type { KoaContextWithOIDC } from 'oidc-provider';
import type { LogtoVersion } from '../../../../shared/sandbox/world.js';

/**
 * Logto 1.36 answers the introspection of a JWT access token with 200 {"active": false} (RFC 7662 §2.2 allows an
 * inactive answer for a token the server will not describe); oidc-provider 9, and newer Logto, refuse it with 400
 * unsupported_token_type.
 */
export function introspectionAsLogto(logto: () => LogtoVersion | undefined) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> => {
    await next();
    if (logto() !== '1.36' || ctx.oidc?.route !== 'introspection' || ctx.status !== 400) return;
    if ((ctx.body as { error?: unknown } | undefined)?.error !== 'unsupported_token_type') return;
    ctx.status = 200;
    ctx.body = { active: false };
  };
}
