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
 * Logto's English phrases for OIDC errors (its i18n `errors.oidc.*`, as a Logto v1.36 tenant sent them). Logto does
 * not fill in the `{{…}}` placeholders of some of them; neither does the sandbox. Errors without a phrase get
 * Logto's fallback, "An OIDC error occurred: oidc.<error>.".
 */
const LOGTO_OIDC_MESSAGES: Record<string, string> = {
  aborted: 'The end-user aborted interaction.',
  invalid_scope: 'Invalid scope: {{error_description}}.',
  invalid_token: 'Invalid token provided.',
  invalid_client_metadata: 'Invalid client metadata provided.',
  insufficient_scope: 'Token missing scope `{{scope}}`.',
  invalid_request: 'Request is invalid.',
  invalid_grant: 'Grant request is invalid.',
  invalid_issuer: 'Invalid issuer.',
  invalid_redirect_uri: "`redirect_uri` did not match any of the client's registered `redirect_uris`.",
  access_denied: 'Access denied.',
  invalid_target: 'Invalid resource indicator.',
  unsupported_grant_type: 'Unsupported `grant_type` requested.',
  unsupported_response_mode: 'Unsupported `response_mode` requested.',
  unsupported_response_type: 'Unsupported `response_type` requested.',
  server_error: 'An unknown OIDC error occurred. Please try again later.',
};

export function logtoMessage(error: string): string {
  return Object.hasOwn(LOGTO_OIDC_MESSAGES, error)
    ? LOGTO_OIDC_MESSAGES[error]!
    : `An OIDC error occurred: oidc.${error}.`;
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
  if (
    ctx.oidc?.route === 'userinfo' &&
    body.error === 'invalid_token' &&
    body.error_description === 'no access token provided'
  ) {
    // Observed on Logto (v1.36): a userinfo call with no token at all is a bad request, not a bad token.
    ctx.status = 400;
    body = { ...body, error: 'invalid_request' };
  }
  ctx.body = {
    ...body,
    code: `oidc.${body.error}`,
    message: logtoMessage(String(body.error)),
    ...(body.error === 'invalid_grant' ? { error_uri: 'https://openid.sh/debug/invalid_grant' } : {}),
  };
}
