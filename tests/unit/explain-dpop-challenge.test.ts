import { describe, expect, it } from 'vitest';
import { readChallenges } from '../../shared/replay/read-challenges.js';
import type { ExplainContext } from '../../shared/replay/explain-challenge.js';

const METADATA = 'http://127.0.0.1:4000/.well-known/oauth-protected-resource/sample-api/products';

interface Row {
  name: string;
  header: string;
  nonce?: string;
  context?: ExplainContext;
  expected: Record<string, unknown>;
  says: RegExp;
}

const rows: Row[] = [
  {
    name: 'invalid_dpop_proof: the proof failed a check',
    header: 'DPoP error="invalid_dpop_proof", error_description="htu differs", algs="ES256 EdDSA"',
    expected: {
      error: 'invalid_dpop_proof',
      algs: ['ES256', 'EdDSA'],
      title: expect.stringMatching(/proof was refused/),
    },
    says: /RFC 9449 §7\.1.*htm = the method, htu = the URL without query/,
  },
  {
    name: 'use_dpop_nonce with the DPoP-Nonce header: the nonce is shown',
    header: 'DPoP error="use_dpop_nonce", error_description="nonce required"',
    nonce: 'n-123',
    expected: { error: 'use_dpop_nonce', dpopNonce: 'n-123' },
    says: /RFC 9449 §9.*"n-123"/,
  },
  {
    name: 'use_dpop_nonce without a DPoP-Nonce: the API is at fault',
    header: 'DPoP error="use_dpop_nonce"',
    expected: { error: 'use_dpop_nonce' },
    says: /no DPoP-Nonce header.*fault of the API/,
  },
  {
    name: 'use_dpop_nonce after Tokenscope already retried with the nonce',
    header: 'DPoP error="use_dpop_nonce"',
    nonce: 'n-2',
    context: { retriedWithNonce: true },
    expected: { error: 'use_dpop_nonce', fix: expect.stringMatching(/refused its own fresh nonce/) },
    says: /already sent the call again/,
  },
  {
    name: 'a bound token sent as Bearer',
    header: 'DPoP error="invalid_token", error_description="bound", algs="ES256"',
    context: { sentScheme: 'Bearer', tokenBound: true },
    expected: { error: 'invalid_token', title: 'A DPoP-bound token was sent as Bearer (invalid_token)' },
    says: /cnf\.jkt.*RFC 9449 §7\.1.*stolen|copies the token/,
  },
  {
    name: 'invalid_token in the DPoP scheme for another reason keeps the RFC 6750 reading',
    header: 'DPoP error="invalid_token", algs="ES256"',
    context: { sentScheme: 'DPoP', tokenBound: true },
    expected: { title: 'The token was refused (invalid_token)' },
    says: /RFC 6750 §3\.1.*key binding.*cnf\.jkt/,
  },
  {
    name: 'a bare DPoP challenge: the API wants a bound token',
    header: 'DPoP realm="products", algs="ES256 PS256"',
    context: { sentToken: false },
    expected: { title: 'No token was sent; the API takes DPoP' },
    says: /ES256, PS256/,
  },
  {
    name: 'resource_metadata: the URL is given apart for the chain to follow, and said',
    header: `Bearer realm="products", resource_metadata="${METADATA}"`,
    context: { sentToken: false },
    expected: { resourceMetadata: METADATA },
    says: /protected-resource metadata at http:\/\/127\.0\.0\.1:4000\/\.well-known.*RFC 9728 §5\.1/,
  },
  {
    name: 'resource_metadata that is not a URL is a problem, never a link',
    header: 'Bearer error="invalid_token", resource_metadata="/relative/path"',
    expected: { resourceMetadataProblem: expect.stringMatching(/not an absolute URL/) },
    says: /RFC 6750/,
  },
];

describe('WWW-Authenticate explained: RFC 9449 errors and nonces, RFC 9728 resource_metadata', () => {
  it.each(rows)('$name', ({ header, nonce, context, expected, says }) => {
    const headers = [
      { name: 'WWW-Authenticate', value: header },
      ...(nonce ? [{ name: 'DPoP-Nonce', value: nonce }] : []),
    ];
    const { explanations, challengeProblems } = readChallenges(headers, { status: 401, ...context });
    expect(challengeProblems).toEqual([]);
    expect(explanations).toHaveLength(1);
    expect(explanations[0]).toMatchObject(expected);
    expect(explanations[0]!.explanation).toMatch(says);
    if (!('resourceMetadata' in expected)) expect(explanations[0]!.resourceMetadata).toBeUndefined();
  });
});
