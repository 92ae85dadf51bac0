import { afterAll, describe, expect, it } from 'vitest';
import { analyzeToken } from '../../shared/inspect/token-inspection.js';
import { createIssuerKeySet, discoverJwksUri, issuerKeySet } from '../../electron/services/inspect/issuer-key-set.js';
import { inspectToken } from '../../electron/services/inspect/inspect-token.js';
import { liveClaims, makeIssuer, sign, startIssuerServer, statusOf } from './inspect-fixtures.js';

const issuer = await makeIssuer();
const server = await startIssuerServer(issuer.jwks);
const liar = await startIssuerServer(issuer.jwks, { claimIssuer: 'https://someone-else.example.com/oidc' });
afterAll(async () => Promise.all([server.close(), liar.close()]));

describe('issuer key sets', () => {
  it('discovers the jwks_uri, then fetches the JWKS once for many tokens', async () => {
    expect((await discoverJwksUri(server.issuer)).href).toBe(`${server.issuer}/jwks`);
    const keySet = issuerKeySet(server.issuer);
    expect(issuerKeySet(server.issuer)).toBe(keySet);
    for (let i = 0; i < 3; i += 1) {
      const analysis = await analyzeToken(await sign(issuer, liveClaims(server.issuer, { jti: `t${i}` })), {
        jwks: keySet,
        expectedIssuer: server.issuer,
      });
      expect(statusOf(analysis.checks, 'signature')).toBe('pass');
      // The remote set exposes what it loaded, so kid is looked up in it.
      expect(statusOf(analysis.checks, 'kid')).toBe('pass');
    }
    expect(server.jwksFetches).toBe(1);
  });

  it('refuses a discovery document that speaks for another issuer', async () => {
    await expect(discoverJwksUri(liar.issuer)).rejects.toThrow(/is for issuer https:\/\/someone-else/);
    const analysis = await inspectToken({ token: await sign(issuer, liveClaims(liar.issuer)), issuer: liar.issuer });
    expect(statusOf(analysis.checks, 'signature')).toBe('fail');
  });

  it('retries discovery after a failure instead of caching it', async () => {
    let calls = 0;
    const failingOnce: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) throw new Error('connection reset');
      return fetch(input, init);
    };
    const keySet = createIssuerKeySet(server.issuer, { fetch: failingOnce });
    const token = await sign(issuer, liveClaims(server.issuer));
    expect(statusOf((await analyzeToken(token, { jwks: keySet })).checks, 'signature')).toBe('fail');
    expect(statusOf((await analyzeToken(token, { jwks: keySet })).checks, 'signature')).toBe('pass');
  });
});
