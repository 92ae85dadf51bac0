// maskBody remembers JSON bodies it left exactly as they were, so the same answer is not parsed again for every run;
// a body seen again is masked exactly as the first time, for the secrets each call knows.
import { describe, expect, it } from 'vitest';
import { knownSecrets, maskBody } from '../../shared/security/masking/mask.js';
import { isKnownCleanJson } from '../../shared/security/masking/clean-json-bodies.js';

const jwt = 'eyJhbGciOiJFUzM4NCJ9.eyJzdWIiOiJtMm0ifQ.c2lnbmF0dXJlLXZhbHVl';
const secret = 'client-secret-value-0123456789';
const discovery = JSON.stringify({
  issuer: 'http://127.0.0.1:3000/oidc',
  token_endpoint: 'http://127.0.0.1:3000/oidc/token',
  token_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt'],
});

describe('maskBody: JSON bodies with nothing to mask are remembered, and masked the same when seen again', () => {
  it.each([
    { name: 'a discovery document', body: discovery, known: [], remembered: true },
    {
      name: 'a discovery document with a known secret in it',
      body: discovery.replace('/token', `/${secret}`),
      known: [secret],
      remembered: false,
    },
    {
      name: 'a token response (a secret by key)',
      body: `{"access_token":"${jwt}","token_type":"Bearer"}`,
      known: [],
      remembered: false,
    },
    {
      name: 'a JWT under an ordinary key (a secret by shape)',
      body: `{"token_type":"Bearer","note":"${jwt}"}`,
      known: [],
      remembered: false,
    },
    {
      name: 'an opaque credential under a credential key',
      body: '{"api_key":"Zx8kQ2mP9vL4rT7wY1nB3cF6hJ0sD5gA"}',
      known: [],
      remembered: false,
    },
    {
      name: 'no secret-looking key: never parsed, not remembered',
      body: '{"id":"1","name":"n"}',
      known: [],
      remembered: false,
    },
  ])('$name', ({ body, known, remembered }) => {
    const first = maskBody(body, knownSecrets(known));
    expect(isKnownCleanJson(body)).toBe(remembered);
    expect(maskBody(body, knownSecrets(known))).toBe(first);
    if (remembered) expect(first).toBe(body);
    else if (body.includes(jwt) || known.length || body.includes('api_key')) expect(first).not.toBe(body);
  });

  it('a remembered body is still masked for a secret a later call knows', () => {
    const body = JSON.stringify({ token_endpoint: `http://127.0.0.1:3000/${secret}/token` });
    expect(maskBody(body)).toBe(body);
    expect(isKnownCleanJson(body)).toBe(true);
    const masked = maskBody(body, knownSecrets([secret]));
    expect(masked).not.toContain(secret);
    expect(masked).toContain('(30 chars)');
  });

  it('remembers a bounded number of bodies, the oldest forgotten first', () => {
    const bodies = Array.from({ length: 40 }, (_, i) => JSON.stringify({ token_endpoint: `http://h/${i}` }));
    for (const body of bodies) maskBody(body);
    expect(isKnownCleanJson(bodies[0]!)).toBe(false);
    expect(isKnownCleanJson(bodies[39]!)).toBe(true);
  });
});
