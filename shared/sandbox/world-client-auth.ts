import type { WorldApplication } from './world.js';

/** RFC 7517 §6.2.2, §6.3.2, §6.4.1: the members only a private (or symmetric) key has. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/**
 * How an app authenticates at the token endpoint, as Logto's app types allow: public apps (native, SPA) do not
 * (PKCE instead); traditional and M2M apps use a secret (client_secret_basic) or their own key (private_key_jwt,
 * RFC 7523 §2.2), whose public part the world holds.
 */
export function clientAuthProblems(app: WorldApplication, base: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  const confidential = app.type === 'traditional' || app.type === 'm2m';
  const keyAuth = app.tokenEndpointAuthMethod === 'private_key_jwt';

  if (!confidential) {
    if (app.secret)
      problem(`${base}/secret`, `a ${app.type} app is a public client (PKCE, no secret): remove the secret.`);
    if (app.tokenEndpointAuthMethod) {
      problem(
        `${base}/tokenEndpointAuthMethod`,
        `a ${app.type} app is a public client and does not authenticate at the token endpoint (PKCE instead): remove tokenEndpointAuthMethod, or make it a traditional or m2m app.`,
      );
    }
  } else if (!keyAuth && !app.secret) {
    problem(
      base,
      `a ${app.type} app authenticates with client_secret_basic: give it a secret (or set tokenEndpointAuthMethod: private_key_jwt with jwks).`,
    );
  }
  if (!keyAuth) {
    if (app.jwks)
      problem(
        `${base}/jwks`,
        'jwks is used only with tokenEndpointAuthMethod: private_key_jwt: add that, or remove jwks.',
      );
    return problems;
  }
  if (!confidential) return problems;
  if (app.secret)
    problem(
      `${base}/secret`,
      'a private_key_jwt app authenticates with its key, so its secret would never be checked: remove the secret.',
    );
  if (!app.jwks) {
    problem(
      base,
      'a private_key_jwt app needs jwks, the public keys its client assertions are signed with (RFC 7523 §2.2): jwks: { keys: [ <the public JWK Tokenscope shows for the client> ] }.',
    );
    return problems;
  }
  app.jwks.keys.forEach((key, j) => {
    const member = PRIVATE_MEMBERS.find((m) => m in key);
    if (member) {
      problem(
        `${base}/jwks/keys/${j}/${member}`,
        `this key has the private member "${member}": paste only the public key (Tokenscope shows it under the connection's client). A private key in the world would let anyone who reads the file sign as the app.`,
      );
    }
  });
  return problems;
}
