import { describe, expect, it } from 'vitest';
import { explainTokenError, type TokenErrorContext } from '../../shared/errors/explain-token-error.js';
import { explainClientError } from '../../shared/errors/explain-client-error.js';
import { explainNetworkError } from '../../shared/errors/explain-network-error.js';

const base: TokenErrorContext = {
  grant: 'refresh_token',
  resources: ['https://orders.test'],
  scope: 'read:orders',
  clientId: 'native',
  issuer: 'https://t.logto.app/oidc',
};
const at = (grant: string, extra: Partial<TokenErrorContext> = {}) => ({ ...base, grant, ...extra });

describe('explanations for every error issue 4 lists', () => {
  it('invalid_target on a refresh says the refresh token is spent', () => {
    const e = explainTokenError({ error: 'invalid_target', status: 400 }, at('refresh_token'));
    expect(e.explanation).toMatch(/spent/);
    expect(e.fix).toMatch(/Sign in again asking for "https:\/\/orders.test"/);
  });

  it('invalid_grant differs by grant: expired code or PKCE, reused refresh token, bad PAT', () => {
    expect(explainTokenError({ error: 'invalid_grant' }, at('authorization_code')).explanation).toMatch(
      /expired.*PKCE/s,
    );
    expect(
      explainTokenError(
        { error: 'invalid_grant', errorDescription: 'PKCE verification failed' },
        at('authorization_code'),
      ).explanation,
    ).toMatch(/code_verifier/);
    expect(explainTokenError({ error: 'invalid_grant' }, at('refresh_token')).explanation).toMatch(/already used/);
    expect(
      explainTokenError({ error: 'invalid_grant' }, at('urn:ietf:params:oauth:grant-type:token-exchange')).fix,
    ).toMatch(/personal access token/);
  });

  it('invalid_scope on a refresh asks for a subset', () => {
    expect(
      explainTokenError(
        { error: 'invalid_scope', errorDescription: 'refresh token missing requested scope' },
        at('refresh_token'),
      ).fix,
    ).toMatch(/subset/);
  });

  it('access_denied for organizations: not a member, app not in it, MFA; and a cancelled sign-in', () => {
    expect(
      explainTokenError(
        { error: 'access_denied', errorDescription: 'user is not a member of the organization', status: 403 },
        base,
      ).fix,
    ).toMatch(/Members/);
    expect(
      explainTokenError(
        { error: 'access_denied', errorDescription: 'app has not associated with the organization', status: 403 },
        at('client_credentials'),
      ).fix,
    ).toMatch(/Machine-to-machine apps/);
    expect(
      explainTokenError(
        { error: 'access_denied', errorDescription: 'organization requires MFA but user has no MFA configured' },
        base,
      ).fix,
    ).toMatch(/MFA/);
    expect(
      explainTokenError({ error: 'access_denied', stage: 'authorize' }, at('authorization_code')).explanation,
    ).toMatch(/without consent/);
  });

  it('access_denied while polling the device grant: the user refused on the device pages, not an organization', () => {
    for (const grant of ['device_code', 'urn:ietf:params:oauth:grant-type:device_code']) {
      const e = explainTokenError(
        { error: 'access_denied', errorDescription: 'End-User aborted interaction', status: 400, stage: 'token' },
        at(grant),
      );
      expect(e.explanation).toMatch(/Deny on the device confirmation page or cancelled the sign-in/);
      expect(e.explanation).toContain('"End-User aborted interaction"');
      expect(e.explanation).not.toMatch(/organization/i);
      expect(e.fix).toMatch(/Start the device flow again.*choose Continue/);
    }
    // The device grant may ask for an organization token too (organization_id at the token request): Logto's 403s keep their meaning.
    expect(
      explainTokenError(
        { error: 'access_denied', errorDescription: 'user is not a member of the organization', status: 403 },
        at('device_code'),
      ).fix,
    ).toMatch(/Members/);
    expect(
      explainTokenError(
        {
          error: 'access_denied',
          errorDescription: 'organization requires MFA but user has no MFA configured',
          status: 403,
        },
        at('device_code'),
      ).fix,
    ).toMatch(/MFA/);
    expect(explainTokenError({ error: 'access_denied', status: 403 }, at('refresh_token')).fix).toMatch(
      /member of the organization/,
    );
  });

  it('RFC 8628 §3.5 polling answers: expired_token, and authorization_pending / slow_down should they ever surface', () => {
    const expired = explainTokenError({ error: 'expired_token', status: 400 }, at('device_code'));
    expect(expired.explanation).toMatch(/device code expired before the user confirmed it/);
    expect(expired.fix).toMatch(/Start the device flow again.*within expires_in/);
    expect(explainTokenError({ error: 'authorization_pending', status: 400 }, at('device_code')).explanation).toMatch(
      /not confirmed the device code yet/,
    );
    expect(explainTokenError({ error: 'slow_down', status: 400 }, at('device_code')).explanation).toMatch(
      /poll less often.*add 5 seconds/,
    );
  });

  it('invalid_client with private_key_jwt is about the key; with a secret, about the secret', () => {
    const failed = { error: 'invalid_client', errorDescription: 'client authentication failed', status: 401 };
    const key = explainTokenError(failed, at('client_credentials', { authMethod: 'private_key_jwt' }));
    expect(key.explanation).toMatch(/client assertion.*private key/);
    expect(key.fix).toMatch(/public key registered.*same kid and alg/);
    expect(key.fix).toContain('aud is the issuer https://t.logto.app/oidc');
    expect(key.fix).not.toMatch(/client secret/);
    for (const authMethod of ['client_secret_basic', 'client_secret_post', undefined] as const) {
      const secret = explainTokenError(failed, at('client_credentials', authMethod ? { authMethod } : {}));
      expect(secret.fix, String(authMethod)).toMatch(/Check the client secret/);
    }
    // An unknown client stays an unknown client, whatever it authenticates with.
    expect(
      explainTokenError(
        { error: 'invalid_client', errorDescription: 'invalid client native', status: 400 },
        at('client_credentials', { authMethod: 'private_key_jwt' }),
      ).explanation,
    ).toMatch(/does not know the client native/);
  });

  it('insufficient_scope names the organizations scope', () => {
    expect(explainTokenError({ error: 'insufficient_scope', status: 403 }, base).fix).toMatch(
      /urn:logto:scope:organizations/,
    );
  });

  it('unsupported_token_type: introspecting a JWT vs a wrong subject_token_type', () => {
    expect(explainTokenError({ error: 'unsupported_token_type' }, at('introspection')).explanation).toMatch(
      /JWT access tokens/,
    );
    expect(explainTokenError({ error: 'unsupported_token_type' }, at('token_exchange')).fix).toMatch(
      /personal_access_token/,
    );
  });

  it('unauthorized_client and grant not allowed, old and new Logto wording', () => {
    expect(explainTokenError({ error: 'unauthorized_client' }, at('client_credentials')).fix).toMatch(
      /machine-to-machine/,
    );
    expect(
      explainTokenError(
        { error: 'invalid_client', errorDescription: 'token exchange is not allowed for this application' },
        at('token_exchange'),
      ).fix,
    ).toMatch(/allowTokenExchange/);
    expect(
      explainTokenError(
        { error: 'invalid_request', errorDescription: 'requested grant type is not allowed for this client' },
        at('token_exchange'),
      ).fix,
    ).toMatch(/allowTokenExchange/);
  });

  it('plain PKCE refused', () => {
    expect(
      explainTokenError(
        { error: 'invalid_request', errorDescription: 'not supported value of code_challenge_method' },
        at('authorization_code'),
      ).fix,
    ).toMatch(/S256/);
  });
});

describe('network and client-side failures', () => {
  it('timeout says how long Tokenscope waited', () => {
    expect(explainNetworkError('TimeoutError', 'aborted', 'https://x').explanation).toMatch(/waited 15 seconds/);
  });

  it('truncated responses and resets', () => {
    expect(explainNetworkError('ECONNRESET', 'socket hang up', 'https://x').error).toBe('connection_reset');
  });

  it('TLS and DNS', () => {
    expect(explainNetworkError(undefined, 'unable to verify the first certificate', 'https://x').error).toBe(
      'tls_failure',
    );
    expect(explainNetworkError('ENOTFOUND', 'getaddrinfo', 'https://x').error).toBe('dns_failure');
  });

  it('an issuer that does not match the discovery document', () => {
    const e = explainClientError(
      'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
      'unexpected JSON attribute "issuer" value',
      'https://t.logto.app',
    );
    expect(e).toMatchObject({ error: 'issuer_mismatch' });
    expect(e.fix).toMatch(/\/oidc/);
  });

  it('non-JSON answers', () => {
    expect(explainClientError('OAUTH_RESPONSE_IS_NOT_JSON', 'response is not JSON', 'https://x').error).toBe(
      'not_json',
    );
    expect(explainClientError('OAUTH_PARSE_ERROR', 'failed to parse "response" body as JSON', 'https://x').fix).toMatch(
      /cut-off/,
    );
  });
});
