import { OFFLINE_ACCESS_SCOPE, OPENID_SCOPE, ORGANIZATIONS_SCOPE } from '../oauth/reserved-scopes.js';
import type { Finding } from './finding.js';
import { checkResourceIndicator } from './resource-indicator.js';

export interface AuthorizationRequestDraft {
  authorizationEndpoint: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  resources: string[];
  prompt?: string;
  loginHint?: string;
  organizationId?: string;
  extraParams?: Record<string, string>;
  /** Shown as placeholders until a run creates the real ones. */
  state?: string;
  nonce?: string;
  codeChallenge?: string;
}

/** RFC 6749 §4.1.1 + RFC 7636 §4.3 + RFC 8707 §2: `resource` once per value, which a plain object cannot hold. */
export function buildAuthorizationUrl(draft: AuthorizationRequestDraft): string {
  const url = new URL(draft.authorizationEndpoint);
  const params = url.searchParams;
  params.set('response_type', 'code');
  params.set('client_id', draft.clientId);
  params.set('redirect_uri', draft.redirectUri);
  if (draft.scopes.length) params.set('scope', draft.scopes.join(' '));
  for (const resource of draft.resources) params.append('resource', resource);
  params.set('code_challenge', draft.codeChallenge ?? '<S256 of a fresh verifier>');
  params.set('code_challenge_method', 'S256');
  params.set('state', draft.state ?? '<fresh random state>');
  if (draft.scopes.includes(OPENID_SCOPE)) params.set('nonce', draft.nonce ?? '<fresh random nonce>');
  if (draft.prompt) params.set('prompt', draft.prompt);
  if (draft.loginHint) params.set('login_hint', draft.loginHint);
  if (draft.organizationId) params.set('organization_id', draft.organizationId);
  for (const [name, value] of Object.entries(draft.extraParams ?? {})) if (name) params.append(name, value);
  return url.toString();
}

/** What the builder warns about before anything is sent, from the specs and from how Logto answers. */
export function checkAuthorizationRequest(draft: AuthorizationRequestDraft): Finding[] {
  const findings: Finding[] = [];
  draft.resources.forEach((resource) => {
    for (const finding of checkResourceIndicator(resource))
      findings.push({ ...finding, message: `${resource || '(empty resource)'}: ${finding.message}` });
  });
  if (new Set(draft.resources).size !== draft.resources.length)
    findings.push({ level: 'warning', message: 'The same resource is listed twice.' });
  const scopes = new Set(draft.scopes);
  if (scopes.has(OFFLINE_ACCESS_SCOPE) && draft.prompt !== 'consent') {
    findings.push({
      level: 'warning',
      message:
        'offline_access without prompt=consent: Logto drops it and no refresh token comes back. Set prompt to consent.',
    });
  }
  if (draft.organizationId && !scopes.has(ORGANIZATIONS_SCOPE)) {
    findings.push({
      level: 'warning',
      message:
        'organization_id without the urn:logto:scope:organizations scope: the server refuses organization tokens. Add the scope.',
    });
  }
  if (!draft.resources.length && scopes.has(OPENID_SCOPE)) {
    findings.push({
      level: 'info',
      message:
        "No resource: the code exchange returns an opaque access token, good only for userinfo. Add the API's resource indicator to get a JWT for it.",
    });
  }
  if (!scopes.has(OPENID_SCOPE))
    findings.push({ level: 'info', message: 'Without openid this is plain OAuth 2.0: no ID token.' });
  return findings;
}

/** One line per parameter of the live URL, so the user knows what each is for. */
export const PARAMETER_EXPLANATIONS: Record<string, { explanation: string; spec: string }> = {
  response_type: {
    explanation: 'code: the authorization code flow, the one OAuth 2.1 keeps.',
    spec: 'RFC 6749 §4.1.1',
  },
  client_id: {
    explanation: 'Which application asks; the server checks the redirect URI against it.',
    spec: 'RFC 6749 §2.2',
  },
  redirect_uri: {
    explanation:
      'Where the browser comes back with the code; must match one registered for the app exactly (loopback: any port).',
    spec: 'RFC 6749 §3.1.2, RFC 8252 §7.3',
  },
  scope: {
    explanation: 'OpenID scopes and API permissions asked for; the token carries only what roles and consent allow.',
    spec: 'RFC 6749 §3.3',
  },
  resource: {
    explanation: 'The API (RFC 8707 resource indicator) the tokens are for: once per API.',
    spec: 'RFC 8707 §2',
  },
  code_challenge: {
    explanation:
      'SHA-256 of a secret verifier kept by Tokenscope; proves the code is redeemed by whoever asked for it.',
    spec: 'RFC 7636 §4.2',
  },
  code_challenge_method: { explanation: 'S256, the only method Logto accepts.', spec: 'RFC 7636 §4.3' },
  state: {
    explanation: 'A one-time random value: the callback must bring it back, or Tokenscope refuses it (CSRF).',
    spec: 'RFC 6749 §10.12',
  },
  nonce: {
    explanation: 'A one-time random value the ID token must carry: stops replayed ID tokens.',
    spec: 'OpenID Connect Core §3.1.2.1',
  },
  prompt: {
    explanation:
      'login forces sign-in, consent forces the consent screen (Logto needs it for offline_access), none fails instead of asking.',
    spec: 'OpenID Connect Core §3.1.2.1',
  },
  login_hint: { explanation: 'Pre-fills the user name on the sign-in page.', spec: 'OpenID Connect Core §3.1.2.1' },
  organization_id: { explanation: 'Logto: the organization the tokens are for.', spec: 'Logto organizations' },
};
