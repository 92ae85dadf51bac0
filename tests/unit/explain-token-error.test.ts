import { describe, expect, it } from 'vitest';
import { explainTokenError, type TokenErrorContext } from '../../shared/errors/explain-token-error.js';
import { explainNetworkError } from '../../shared/errors/explain-network-error.js';

const context: TokenErrorContext = {
  grant: 'client_credentials',
  resources: ['https://api.example.com'],
  scope: 'read:products',
  clientId: 'm2m-app',
  issuer: 'http://127.0.0.1:3001/oidc',
};

describe('explainTokenError', () => {
  it('names the unknown resource and says where to register it', () => {
    const explained = explainTokenError(
      { error: 'invalid_target', errorDescription: 'resource indicator is missing, or unknown', status: 400 },
      context,
    );
    expect(explained.explanation).toContain('"https://api.example.com"');
    expect(explained.fix).toMatch(/API resources/);
    expect(explained.fix).toMatch(/remove it from the request/);
  });

  it("explains Logto's one-resource rule for client credentials", () => {
    const explained = explainTokenError(
      {
        error: 'invalid_target',
        errorDescription: 'only a single resource indicator value is supported for this grant type',
      },
      { ...context, resources: ['https://a.example', 'https://b.example'] },
    );
    expect(explained.explanation).toMatch(/exactly one API resource/);
    expect(explained.fix).toMatch(/one resource per request/);
  });

  it('tells a missing default resource from an unknown one', () => {
    expect(explainTokenError({ error: 'invalid_target' }, { ...context, resources: [] }).explanation).toMatch(
      /No resource was sent/,
    );
  });

  it('tells a wrong secret (401) from an unknown client (400)', () => {
    expect(
      explainTokenError(
        { error: 'invalid_client', errorDescription: 'client authentication failed', status: 401 },
        context,
      ).fix,
    ).toMatch(/client secret/);
    expect(
      explainTokenError({ error: 'invalid_client', errorDescription: 'invalid client m2m-app', status: 400 }, context)
        .explanation,
    ).toMatch(/does not know the client m2m-app/);
  });

  it('points a user-facing app at an M2M app for client credentials', () => {
    const explained = explainTokenError(
      { error: 'invalid_request', errorDescription: 'requested grant type is not allowed for this client' },
      context,
    );
    expect(explained.fix).toMatch(/machine-to-machine/);
  });

  it('points token exchange at the allowTokenExchange switch', () => {
    const explained = explainTokenError(
      { error: 'invalid_request', errorDescription: 'requested grant type is not allowed for this client' },
      { ...context, grant: 'urn:ietf:params:oauth:grant-type:token-exchange' },
    );
    expect(explained.fix).toMatch(/allowTokenExchange/);
  });

  it('still says something for an error it does not know', () => {
    const explained = explainTokenError(
      { error: 'temporarily_unavailable', errorDescription: 'wait', status: 503 },
      context,
    );
    expect(explained.explanation).toBe('The server answered 503 temporarily_unavailable: wait.');
  });
});

describe('explainNetworkError', () => {
  it.each([
    ['ECONNREFUSED', 'connection_refused', /Nothing is listening/],
    ['ENOTFOUND', 'dns_failure', /could not be resolved/],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', /did not answer.*\d+ seconds/],
  ])('%s → %s', (code, error, pattern) => {
    const explained = explainNetworkError(code, 'fetch failed', 'http://127.0.0.1:1/oidc');
    expect(explained.error).toBe(error);
    expect(explained.explanation).toMatch(pattern);
  });
  it('recognises TLS failures by their message', () => {
    expect(explainNetworkError(undefined, 'self-signed certificate', 'https://x').error).toBe('tls_failure');
  });
});
