import type { KoaContextWithOIDC } from 'oidc-provider';

/** The client_id a token-endpoint request named, in the body or in its Basic credentials (RFC 6749 §2.3.1). */
function requestClientId(ctx: KoaContextWithOIDC): string | undefined {
  const fromParams = ctx.oidc?.params?.client_id;
  if (typeof fromParams === 'string' && fromParams) return fromParams;
  const authorization = ctx.get('authorization');
  const basic = /^Basic +(.+)$/i.exec(authorization);
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')) : undefined;
}

/**
 * Logto adds `code: "oidc.<error>"` and `message` to every OIDC error body, and an `error_uri` to invalid_grant
 * (observed on Logto v1.36). Clients that show Logto's `message` see the same thing here.
 */
export async function logtoErrorBody(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  await next();
  let body = ctx.body as { error?: unknown; error_description?: unknown } | undefined;
  if (ctx.status < 400 || !body || typeof body !== 'object' || typeof body.error !== 'string') return;
  const unknownClient = body.error === 'invalid_client' && !ctx.oidc?.client ? requestClientId(ctx) : undefined;
  if (unknownClient !== undefined) {
    // Logto tells an unknown client apart from a wrong secret: 400 "invalid client <id>", no Basic challenge.
    ctx.status = 400;
    ctx.remove('WWW-Authenticate');
    body = { ...body, error_description: `invalid client ${unknownClient}` };
  }
  if (ctx.oidc?.route === 'userinfo' && body.error === 'invalid_token' && body.error_description === 'no access token provided') {
    // Observed on Logto (v1.36): a userinfo call with no token at all is a bad request, not a bad token.
    ctx.status = 400;
    body = { ...body, error: 'invalid_request' };
  }
  ctx.body = {
    ...body,
    code: `oidc.${body.error}`,
    message: typeof body.error_description === 'string' ? body.error_description : body.error,
    ...(body.error === 'invalid_grant' ? { error_uri: 'https://openid.sh/debug/invalid_grant' } : {}),
  };
}
