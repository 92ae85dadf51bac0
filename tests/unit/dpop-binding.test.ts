import { describe, expect, it } from 'vitest';
import { dpopBinding } from '../../shared/flows/answered-dpop-binding.js';
import type { DecodedToken } from '../../shared/token/decoded-token.js';

const jwt = (payload: Record<string, unknown>): DecodedToken => ({
  kind: 'jwt',
  header: { alg: 'ES384' },
  payload,
  raw: 'x.y.z',
});
const opaque: DecodedToken = { kind: 'opaque', raw: 'abc', reason: 'not a JWT' };

describe('dpopBinding reads the answer, not the request', () => {
  it.each([
    ['DPoP', jwt({ cnf: { jkt: 'thumb' } }), true, /cnf\.jkt thumb/],
    ['dpop', jwt({ cnf: { jkt: 'thumb' } }), true, /token_type DPoP/],
    ['DPoP', jwt({}), false, /no cnf\.jkt/],
    ['DPoP', jwt({ cnf: { 'x5t#S256': 'cert' } }), false, /no cnf\.jkt/],
    ['Bearer', jwt({ cnf: { jkt: 'thumb' } }), false, /token_type Bearer, not DPoP/],
    ['bearer', jwt({}), false, /not DPoP/],
    [undefined, jwt({}), false, /token_type none/],
    ['DPoP', opaque, true, /opaque.*introspection/],
  ])('token_type %s → bound %s', (tokenType, token, bound, why) => {
    const binding = dpopBinding(tokenType, token);
    expect(binding.bound).toBe(bound);
    expect(binding.why).toMatch(why);
  });
});
