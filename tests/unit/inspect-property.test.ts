// Property-based: random and mutated input never breaks the decoder or the analysis, and the checks keep their rules.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeToken } from '../../shared/token/decode.js';
import * as inspect from '../../shared/inspect/token-inspection.js';
import { API, ISSUER, NOW, forge, makeIssuer, sign } from './inspect-fixtures.js';

const STATUSES = ['pass', 'fail', 'warn', 'info'];
const issuer = await makeIssuer();
const good = await sign(issuer);
const options = { jwks: issuer.jwks, expectedIssuer: ISSUER, expectedAudience: API, now: NOW };
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const tokenLike = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.array(fc.stringMatching(/^[A-Za-z0-9_-]*$/), { maxLength: 6 }).map((parts) => parts.join('.')),
  fc.tuple(fc.jsonValue(), fc.jsonValue(), fc.stringMatching(/^[A-Za-z0-9_-]*$/)).map(([h, p, s]) => forge(h, p, s)),
  fc
    .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()))
    .map(([h, p]) => forge(h, p, 'c2ln')),
);

describe('decoder and detection on random input', () => {
  it('never throw and always name a kind', () => {
    fc.assert(
      fc.property(tokenLike, (raw) => {
        const decoded = decodeToken(raw);
        expect(['jwt', 'opaque', 'malformed']).toContain(decoded.kind);
        const detected = inspect.detectTokenKind(raw);
        expect(detected.explanation.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('analyzeToken on random and mutated input', () => {
  it('always resolves to a verdict consistent with its checks', async () => {
    await fc.assert(
      fc.asyncProperty(tokenLike, async (raw) => {
        const analysis = await inspect.analyzeToken(raw, options);
        expect(analysis.checks.length).toBeGreaterThan(0);
        for (const c of analysis.checks) {
          expect(STATUSES).toContain(c.status);
          expect(c.message && c.spec && c.explanation).toBeTruthy();
        }
        const failed = analysis.checks.some((c) => c.status === 'fail');
        expect(analysis.verdict.status === 'invalid').toBe(failed);
        expect(analysis.valid).toBe(analysis.verdict.status === 'valid');
        // Fail closed: valid needs a verified signature.
        if (analysis.valid) expect(analysis.checks.find((c) => c.id === 'signature')?.status).toBe('pass');
      }),
      { numRuns: 200 },
    );
  });

  it('never passes the signature of a signed token with one character changed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: good.length - 1 }),
        fc.constantFrom(...BASE64URL),
        async (position, replacement) => {
          fc.pre(good[position] !== '.' && good[position] !== replacement);
          const mutated = good.slice(0, position) + replacement + good.slice(position + 1);
          const analysis = await inspect.analyzeToken(mutated, options);
          expect(analysis.checks.find((c) => c.id === 'signature')?.status).not.toBe('pass');
          expect(analysis.valid).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never passes a truncated token', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: good.length - 1 }), async (length) => {
        const analysis = await inspect.analyzeToken(good.slice(0, length), options);
        expect(analysis.valid).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

describe('checks on random claims', () => {
  const claims = fc.dictionary(
    fc.constantFrom('iss', 'aud', 'exp', 'nbf', 'iat', 'sub', 'client_id', 'scope', 'organization_id', 'act', 'x'),
    fc.jsonValue(),
  );
  const header = fc.dictionary(
    fc.constantFrom('alg', 'typ', 'kid', 'jwk', 'jku', 'x5c', 'x5u', 'crit'),
    fc.jsonValue(),
  );
  const clock = { now: NOW.getTime() / 1000, skew: 0 };

  it('never throw and always answer with a known status', () => {
    fc.assert(
      fc.property(header, claims, fc.string(), (h, p, expected) => {
        const results = [
          inspect.checkAlgorithm(h, undefined),
          inspect.checkKeyId(h, []),
          inspect.checkEmbeddedKeys(h),
          inspect.checkType(h, 'access_token'),
          inspect.checkIssuer(p, expected),
          inspect.checkAudience(p, expected),
          inspect.checkExpiry(p, clock),
          inspect.checkNotBefore(p, clock),
          inspect.checkIssuedAt(p, clock),
          inspect.checkScope(p, [expected]),
          inspect.checkClientId(p, 'access_token'),
          inspect.checkSubject(p),
          inspect.checkOrganization(p),
        ];
        for (const r of results) expect(STATUSES).toContain(r.status);
      }),
      { numRuns: 500 },
    );
  });

  it('pass aud exactly when the expected value is in it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 4 }),
        fc.string({ minLength: 1 }),
        (aud, expected) => {
          expect(inspect.checkAudience({ aud }, expected).status === 'pass').toBe(aud.includes(expected));
        },
      ),
    );
  });

  it('fail exp exactly when exp <= now - skew', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.nat({ max: 600 }), (exp, now, skew) => {
        expect(inspect.checkExpiry({ exp }, { now, skew }).status === 'fail').toBe(exp <= now - skew);
      }),
    );
  });

  it('fail nbf and iat exactly when they are after now + skew', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.nat({ max: 600 }), (at, now, skew) => {
        expect(inspect.checkNotBefore({ nbf: at }, { now, skew }).status === 'fail').toBe(at > now + skew);
        expect(inspect.checkIssuedAt({ iat: at }, { now, skew }).status === 'fail').toBe(at > now + skew);
      }),
    );
  });
});

describe('scope diff and comparison on random input', () => {
  it('never throw, and every requested scope gets a row', async () => {
    const { diffScopes, compareTokens } = await import('../../shared/inspect/token-inspection.js');
    const scopeName = fc.stringMatching(/^[a-z:]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(scopeName, { maxLength: 8 }),
        fc.array(fc.webUrl(), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('aud', 'scope', 'sub', 'client_id', 'exp'), fc.jsonValue()),
        tokenLike,
        (requested, resources, payload, raw) => {
          const diff = diffScopes({ request: { resources, scopes: requested }, token: payload });
          const rows = [...diff.resources.flatMap((r) => r.rows), ...diff.identity];
          for (const scope of requested) expect(rows.some((row) => row.scope === scope && row.requested)).toBe(true);
          for (const row of rows) if (row.requested && !row.inToken) expect(row.reason?.message).toBeTruthy();
          const comparison = compareTokens(raw, good);
          expect(comparison.summary.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
