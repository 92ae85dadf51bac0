import { describe, expect, it } from 'vitest';
import { lessThanAsked, type AskedFor } from '../../shared/flows/less-than-asked.js';
import type { DecodedToken } from '../../shared/token/decoded-token.js';

const jwt = (payload: Record<string, unknown>): DecodedToken => ({
  kind: 'jwt',
  header: { alg: 'ES384' },
  payload,
  raw: 'h.p.s',
});
const opaque: DecodedToken = { kind: 'opaque', raw: 'o'.repeat(43), reason: 'opaque' };
const cc = (scope: string, dpop = false): AskedFor => ({ grant: 'client_credentials', scope, dpop });
const code = (scope: string): AskedFor => ({ grant: 'authorization_code', scope });
const bearer = { token_type: 'Bearer', access_token: 'x' };

describe('less than asked', () => {
  it.each<[string, AskedFor, Record<string, unknown>, DecodedToken, RegExp[]]>([
    [
      'scopes dropped, said by the response',
      cc('read:products write:products'),
      { ...bearer, scope: 'read:products' },
      jwt({ scope: 'read:products' }),
      [
        /Asked for scope "read:products", "write:products"; the response's `scope` grants only "read:products" \(dropped: "write:products"\)\. RFC 6749 §3\.3/,
      ],
    ],
    [
      'scopes dropped, said only by the token claim',
      cc('read:products write:products'),
      bearer,
      jwt({ scope: 'read:products' }),
      [/the access token's `scope` claim grants only "read:products" \(dropped: "write:products"\)/],
    ],
    [
      'an empty scope in the response',
      cc('read:products'),
      { ...bearer, scope: '' },
      jwt({}),
      [/grants no API scope at all \(dropped: "read:products"\)/],
    ],
    [
      'no scope anywhere, JWT',
      cc('read:products'),
      bearer,
      jwt({ aud: 'https://api' }),
      [/the answer has no `scope` and the access token has no `scope` claim, so nothing confirms/],
    ],
    ['no scope anywhere, opaque', cc('read:products'), bearer, opaque, [/the access token is opaque/]],
    [
      'offline_access without a refresh token, at sign-in',
      code('openid offline_access'),
      { ...bearer, scope: 'openid offline_access' },
      opaque,
      [/Asked for offline_access; no refresh token came back\. .*prompt=consent/],
    ],
    ['offline_access with client credentials', cc('offline_access'), bearer, opaque, [/RFC 6749 §4\.4\.3/]],
    [
      '--dpop answered with a Bearer token',
      cc('', true),
      bearer,
      jwt({}),
      [/token_type is "Bearer", not "DPoP" \(RFC 9449 §5\)/],
    ],
    [
      '--dpop answered DPoP but without cnf.jkt',
      cc('', true),
      { ...bearer, token_type: 'DPoP' },
      jwt({}),
      [/no `cnf\.jkt` \(RFC 9449 §6\.1\)/],
    ],
    [
      'several at once',
      { grant: 'authorization_code', scope: 'openid offline_access read:products', dpop: true },
      { ...bearer, scope: 'openid' },
      jwt({}),
      [/dropped: "read:products"/, /offline_access/, /not "DPoP"/],
    ],
  ])('%s', (_name, asked, response, token, expected) => {
    const warnings = lessThanAsked(asked, { tokenResponse: response, accessToken: token });
    expect(warnings).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(warnings[i]).toMatch(pattern));
  });

  it.each<[string, AskedFor, Record<string, unknown>, DecodedToken]>([
    [
      'everything granted',
      cc('read:products write:products'),
      { ...bearer, scope: 'write:products read:products' },
      jwt({}),
    ],
    [
      'scope left out of the response, the token shows all',
      cc('read:products'),
      bearer,
      jwt({ scope: 'read:products' }),
    ],
    ['only identity scopes asked, an opaque token', code('openid profile'), bearer, opaque],
    [
      'identity scopes are not counted as dropped from an API token',
      code('openid profile read:products'),
      { ...bearer, scope: 'read:products' },
      jwt({}),
    ],
    [
      'offline_access with a refresh token',
      code('openid offline_access'),
      { ...bearer, scope: 'openid offline_access', refresh_token: 'r••••' },
      opaque,
    ],
    ['DPoP honoured', cc('', true), { ...bearer, token_type: 'DPoP' }, jwt({ cnf: { jkt: 'abc' } })],
    ['DPoP honoured, opaque token', cc('', true), { ...bearer, token_type: 'dpop' }, opaque],
    ['nothing asked', cc(''), bearer, opaque],
  ])('no warning: %s', (_name, asked, response, token) => {
    expect(lessThanAsked(asked, { tokenResponse: response, accessToken: token })).toEqual([]);
  });
});
