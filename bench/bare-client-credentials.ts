import * as oidc from 'openid-client';

/**
 * The baseline of the app's client credentials flow: openid-client alone, discovery then the grant, nothing
 * recorded, masked or decoded. Resolves the access token.
 */
export async function bareClientCredentials(
  issuer: string,
  client: { clientId: string; clientSecret?: string },
  parameters: { resource: string; scope: string },
  timeoutSeconds: number,
): Promise<string> {
  const config = await oidc.discovery(
    new URL(issuer),
    client.clientId,
    undefined,
    oidc.ClientSecretBasic(client.clientSecret!),
    { execute: [oidc.allowInsecureRequests], timeout: timeoutSeconds },
  );
  return (await oidc.clientCredentialsGrant(config, parameters)).access_token;
}
