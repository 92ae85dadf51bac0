// A run's scopes are explained from the token its result already decoded, never from another one.
import { describe, expect, it } from 'vitest';
import { explainScopes } from '../../electron/services/api/inspect-api.js';
import { decodeToken } from '../../shared/token/decode.js';

const jwt = (payload: Record<string, unknown>) =>
  [{ alg: 'ES384', typ: 'at+jwt' }, payload]
    .map((p) => Buffer.from(JSON.stringify(p)).toString('base64url'))
    .join('.') + '.c2ln';

const token = jwt({ iss: 'https://issuer.example', aud: 'https://api', scope: 'read:a' });
const other = jwt({ iss: 'https://issuer.example', aud: 'https://api', scope: 'read:a write:a' });
const request = { resources: ['https://api'], scopes: ['read:a', 'write:a'] };

describe('explainScopes with a token decoded already', () => {
  it.each([
    { name: 'the same token', known: decodeToken(token) },
    { name: 'the same token, padded as a pasted one may be', known: decodeToken(` ${token} `) },
    { name: 'another token: ignored, the question is decoded', known: decodeToken(other) },
    { name: 'an opaque one: ignored', known: decodeToken('opaque-token-value') },
    { name: 'none', known: undefined },
  ])('$name: the same answer as decoding the question', ({ known }) => {
    const expected = explainScopes({ token, request }, undefined);
    expect(explainScopes({ token, request }, undefined, undefined, known)).toEqual(expected);
  });

  it('the two tokens are explained differently, so a wrong reuse would show', () => {
    expect(explainScopes({ token: other, request }, undefined)).not.toEqual(
      explainScopes({ token, request }, undefined),
    );
  });
});
