import type { LogtoVersion, WorldApplication } from '../../../../shared/sandbox/world.js';

import { DEVICE_CODE_GRANT, TOKEN_EXCHANGE_GRANT } from '../../../../shared/oauth/grant-types.js';

/** Confidential apps: Logto's client_secret_basic, or RFC 7523 §2.2 private_key_jwt against the world's public keys. */
function tokenEndpointAuth(app: WorldApplication): Record<string, unknown> {
  if (app.tokenEndpointAuthMethod === 'private_key_jwt')
    return { token_endpoint_auth_method: 'private_key_jwt', jwks: { keys: app.jwks?.keys ?? [] } };
  return { client_secret: app.secret, token_endpoint_auth_method: 'client_secret_basic' };
}

/**
 * oidc-provider client metadata (RFC 7591 names) for a world application, following Logto's app types:
 * SPA and native apps are public clients (PKCE, no secret); traditional web and M2M apps use client_secret_basic,
 * or private_key_jwt where the world says so.
 * Native apps may also run the device flow (RFC 8628), as Logto's do: a TV or a CLI is a native app without a browser.
 */
export function clientMetadata(
  app: WorldApplication,
  idTokenAlg: string,
  logto: LogtoVersion = '1.42',
): Record<string, unknown> {
  const common = {
    client_id: app.id,
    client_name: app.name,
    id_token_signed_response_alg: idTokenAlg,
    // Logto's own metadata; oidc-provider keeps it through extraClientMetadata.
    allowTokenExchange: app.allowTokenExchange === true,
  };
  // Logto 1.36 lets every app reach its token exchange grant, which then refuses those without allowTokenExchange
  // (token-exchange-grant.ts); newer Logto lists the grant only for those, so oidc-provider refuses the rest.
  const exchange = app.allowTokenExchange || logto === '1.36' ? [TOKEN_EXCHANGE_GRANT] : [];
  // Logto 1.36 has no device flow.
  const device = logto === '1.36' ? [] : [DEVICE_CODE_GRANT];
  if (app.type === 'm2m') {
    return {
      ...common,
      ...tokenEndpointAuth(app),
      grant_types: ['client_credentials', ...exchange],
      response_types: [],
      redirect_uris: [],
    };
  }
  const userFacing = {
    ...common,
    grant_types: ['authorization_code', 'refresh_token', ...exchange],
    response_types: ['code'],
    redirect_uris: app.redirectUris ?? [],
    post_logout_redirect_uris: app.postLogoutRedirectUris ?? [],
  };
  if (app.type === 'traditional') {
    return { ...userFacing, application_type: 'web', ...tokenEndpointAuth(app) };
  }
  // RFC 8252 §7.3: application_type native lets a loopback redirect match on any port.
  if (app.type === 'native') {
    return {
      ...userFacing,
      grant_types: [...userFacing.grant_types, ...device],
      application_type: 'native',
      token_endpoint_auth_method: 'none',
    };
  }
  return { ...userFacing, application_type: 'web', token_endpoint_auth_method: 'none' };
}
