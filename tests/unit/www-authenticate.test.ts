import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseWwwAuthenticate } from '../../shared/replay/www-authenticate.js';
import { explainChallenge } from '../../shared/replay/explain-challenge.js';

describe('parseWwwAuthenticate (RFC 9110 §11.6.1)', () => {
  it('reads an RFC 6750 §3 insufficient_scope challenge', () => {
    const parsed = parseWwwAuthenticate(
      'Bearer realm="example", error="insufficient_scope", error_description="needs delete", scope="delete:products read:products"',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.challenges).toEqual([
      {
        scheme: 'Bearer',
        params: {
          realm: 'example',
          error: 'insufficient_scope',
          error_description: 'needs delete',
          scope: 'delete:products read:products',
        },
      },
    ]);
  });

  it('splits several challenges and unescapes quoted pairs (the RFC 9110 example)', () => {
    const parsed = parseWwwAuthenticate(
      'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.challenges).toEqual([
      { scheme: 'Newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
      { scheme: 'Basic', params: { realm: 'simple' } },
    ]);
  });

  it('reads bare schemes, token68, empty list elements and lower-cases parameter names', () => {
    expect(parseWwwAuthenticate('Bearer').challenges).toEqual([{ scheme: 'Bearer', params: {} }]);
    expect(parseWwwAuthenticate('Bearer, DPoP algs="ES256"').challenges).toEqual([
      { scheme: 'Bearer', params: {} },
      { scheme: 'DPoP', params: { algs: 'ES256' } },
    ]);
    expect(parseWwwAuthenticate('Negotiate abc+/def==').challenges).toEqual([
      { scheme: 'Negotiate', params: {}, token68: 'abc+/def==' },
    ]);
    expect(parseWwwAuthenticate(' , Bearer  REALM = "a" ,, Error=invalid_token ,').challenges).toEqual([
      { scheme: 'Bearer', params: { realm: 'a', error: 'invalid_token' } },
    ]);
  });

  it('reports malformed headers without throwing, keeping what it could read', () => {
    const unterminated = parseWwwAuthenticate('Bearer error="invalid_token, scope=x');
    expect(unterminated.challenges[0]!.scheme).toBe('Bearer');
    expect(unterminated.problems.join(' ')).toMatch(/never closed/);

    const repeated = parseWwwAuthenticate('Bearer error="a", error="b"');
    expect(repeated.challenges[0]!.params.error).toBe('a');
    expect(repeated.problems.join(' ')).toMatch(/repeats "error"/);

    const noValue = parseWwwAuthenticate('Bearer realm=, error="invalid_token"');
    expect(noValue.challenges[0]!.params.error).toBe('invalid_token');
    expect(noValue.problems.join(' ')).toMatch(/no value/);

    expect(parseWwwAuthenticate('="x"').problems.join(' ')).toMatch(/Expected an authentication scheme/);
    expect(parseWwwAuthenticate('Bearer realm="a" junk, Basic').challenges.map((c) => c.scheme)).toEqual([
      'Bearer',
      'Basic',
    ]);
    expect(parseWwwAuthenticate('').challenges).toEqual([]);
    expect(parseWwwAuthenticate(null).challenges).toEqual([]);
    expect(parseWwwAuthenticate('Bearer realm="a\\').problems.length).toBeGreaterThan(0);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('B', 'e', 'a', 'r', ' ', ',', '=', '"', '\\', 'x', '\t', '/', '+'),
          maxLength: 60,
        }),
        (header) => {
          const parsed = parseWwwAuthenticate(header);
          expect(Array.isArray(parsed.challenges)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string(), (header) => void parseWwwAuthenticate(header)),
      { numRuns: 1000 },
    );
  });
});

describe('explainChallenge (RFC 6750 §3.1)', () => {
  const explain = (header: string, context = {}) =>
    explainChallenge(parseWwwAuthenticate(header).challenges[0]!, context);

  it("names the missing scope of insufficient_scope against the token's scopes", () => {
    const explanation = explain('Bearer error="insufficient_scope", scope="read:products delete:products"', {
      tokenScopes: ['read:products', 'write:products'],
    });
    expect(explanation.error).toBe('insufficient_scope');
    expect(explanation.requiredScopes).toEqual(['read:products', 'delete:products']);
    expect(explanation.missingScopes).toEqual(['delete:products']);
    expect(explanation.explanation).toContain('"delete:products", which the token does not have');
    expect(explanation.fix).toMatch(/role/);
  });

  it('explains invalid_token, invalid_request, a bare challenge and other schemes', () => {
    expect(explain('Bearer error="invalid_token", error_description="jwt expired"')).toMatchObject({
      error: 'invalid_token',
      errorDescription: 'jwt expired',
      title: expect.stringContaining('invalid_token'),
    });
    expect(explain('Bearer error="invalid_token"').fix).toMatch(/aud/);
    expect(explain('Bearer error="invalid_request"').fix).toMatch(/RFC 6750 §2.1/);
    expect(explain('Bearer realm="api"', { sentToken: false }).title).toBe('No token was sent');
    expect(explain('Basic realm="x"').title).toMatch(/Basic/);
    expect(explain('Bearer error="weird_thing", error_uri="https://e.example/doc"').fix).toContain(
      'https://e.example/doc',
    );
  });
});

import { explainErrorBody } from '../../shared/replay/explain-error-body.js';

describe('explainErrorBody (Logto Management API)', () => {
  it('explains the auth.* codes Logto answers 401/403 with, and nothing else', () => {
    expect(explainErrorBody('{"code":"auth.forbidden","message":"Forbidden"}', 403)).toMatchObject({
      code: 'auth.forbidden',
      errorDescription: 'Forbidden',
      fix: expect.stringContaining('`all`'),
    });
    expect(explainErrorBody('{"code":"auth.authorization_header_missing","message":"x"}', 401)!.title).toMatch(
      /No token/,
    );
    expect(explainErrorBody('{"code":"auth.unauthorized"}', 401)!.fix).toMatch(/resource/);
    expect(explainErrorBody('{"code":"entity.not_exists_with_id"}', 404)).toBeUndefined();
    expect(explainErrorBody('not json', 401)).toBeUndefined();
    expect(explainErrorBody('{"code":"auth.forbidden"}', 200)).toBeUndefined();
  });
});
