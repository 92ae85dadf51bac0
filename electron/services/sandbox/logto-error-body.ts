import type { KoaContextWithOIDC } from 'oidc-provider';

/**
 * Logto adds `code: "oidc.<error>"` and `message` to every OIDC error body, and an `error_uri` to invalid_grant
 * (observed on Logto v1.36). Clients that show Logto's `message` see the same thing here.
 */
export async function logtoErrorBody(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  await next();
  const body = ctx.body as { error?: unknown; error_description?: unknown } | undefined;
  if (ctx.status < 400 || !body || typeof body !== 'object' || typeof body.error !== 'string') return;
  ctx.body = {
    ...body,
    code: `oidc.${body.error}`,
    message: typeof body.error_description === 'string' ? body.error_description : body.error,
    ...(body.error === 'invalid_grant' ? { error_uri: 'https://openid.sh/debug/invalid_grant' } : {}),
  };
}
