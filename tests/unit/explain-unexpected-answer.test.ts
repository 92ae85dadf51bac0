import { describe, expect, it } from 'vitest';
import { explainClientError } from '../../shared/errors/explain-client-error.js';

const ISSUER = 'https://id.example.com/tenant/a';
const TOKEN = `${ISSUER}/token`;
const DISCOVERY = `${ISSUER}/.well-known/openid-configuration`;

describe('answers openid-client refused, explained with what came back', () => {
  it.each([
    [
      'OAUTH_RESPONSE_IS_NOT_CONFORM',
      { status: 403, contentType: 'text/plain; charset=utf-8', url: TOKEN, authMethod: 'client_secret_post' as const },
      'http_403',
      /HTTP 403 with content-type text\/plain.*client authentication/,
      /client_secret_post/,
    ],
    [
      'OAUTH_RESPONSE_IS_NOT_JSON',
      { status: 401, url: TOKEN, authMethod: 'client_secret_basic' as const },
      'http_401',
      /HTTP 401 with no content-type.*RFC 6749 §2\.3\.1.*%2D/,
      /Switch this client to client_secret_post/,
    ],
    [
      'OAUTH_RESPONSE_IS_NOT_CONFORM',
      { status: 502, contentType: 'text/html', url: TOKEN },
      'http_502',
      /HTTP 502 with content-type text\/html/,
      /server failed/,
    ],
    [
      'OAUTH_RESPONSE_IS_NOT_CONFORM',
      { status: 404, contentType: 'text/html', url: DISCOVERY },
      'discovery_failed',
      /answered HTTP 404 \(content-type text\/html\).*not an OpenID Connect issuer/,
      /\/oidc/,
    ],
    [
      'OAUTH_RESPONSE_IS_NOT_JSON',
      { status: 200, contentType: 'text/html', url: DISCOVERY },
      'not_json',
      /answered 200 with content-type text\/html.*website/,
      /Open .*openid-configuration/,
    ],
  ] as const)('%s %o → %s', (code, seen, error, explanation, fix) => {
    const e = explainClientError(code, 'unexpected HTTP response status code', ISSUER, seen);
    expect(e.error).toBe(error);
    expect(e.explanation).toMatch(explanation);
    expect(e.fix).toMatch(fix);
    expect(e.explanation).not.toMatch(/unexpected HTTP response status code|unexpected response content-type/);
  });

  it('names the issuer the discovery document gave', () => {
    const e = explainClientError(
      'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
      'unexpected JSON attribute value encountered',
      'https://id.example.com',
      { discoveredIssuer: 'https://id.example.com/' },
    );
    expect(e).toMatchObject({ error: 'issuer_mismatch' });
    expect(e.explanation).toContain('"https://id.example.com/"');
    expect(e.fix).toMatch(/Use https:\/\/id\.example\.com\/ as the issuer/);
  });
});
