// Full token analysis (every check, signature included) against bare jose.jwtVerify, same token, same cached keys.
// Target from issue 5: the analysis keeps at least 0.8x jwtVerify's throughput.
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { analyzeToken } from '../shared/inspect/analyze-token.js';
import { median, type Benchmark } from './bench-result.js';

const ISSUER = 'https://tenant.logto.app/oidc';
const API = 'https://api.example.com';
const ROUNDS = 7;
const PER_ROUND = 400;

async function throughput(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < PER_ROUND; i += 1) await run();
  return (PER_ROUND / (performance.now() - started)) * 1000;
}

const bench: Benchmark = async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'ES384', use: 'sig' }] };
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ scope: 'read:products write:products', client_id: 'app', sub: 'app' })
    .setProtectedHeader({ alg: 'ES384', typ: 'at+jwt', kid: 'key-1' })
    .setIssuer(ISSUER)
    .setAudience(API)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .setJti('j')
    .sign(privateKey);
  // A cached key set, as an API keeps one: the keys are imported once, on first use.
  const keySet = createLocalJWKSet(jwks);
  const analysis = () =>
    analyzeToken(token, {
      jwks: keySet,
      expectedIssuer: ISSUER,
      expectedAudience: API,
      requiredScopes: ['read:products'],
    });
  const document = () =>
    analyzeToken(token, { jwks, expectedIssuer: ISSUER, expectedAudience: API, requiredScopes: ['read:products'] });
  const bare = () => jwtVerify(token, keySet, { issuer: ISSUER, audience: API, typ: 'at+jwt', algorithms: ['ES384'] });

  if (!(await analysis()).valid || !(await document()).valid) throw new Error('the benchmark token should be valid');
  for (const warm of [analysis, document, bare]) await throughput(warm);

  // Interleaved rounds, so drift on a shared machine hits all three alike.
  const results = { analysis: [] as number[], document: [] as number[], bare: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    results.bare.push(await throughput(bare));
    results.analysis.push(await throughput(analysis));
    results.document.push(await throughput(document));
  }
  const baseline = median(results.bare);
  const figure = (name: string, values: number[], detail: string) => {
    const value = median(values);
    return {
      name,
      value,
      unit: 'tokens/s',
      baseline,
      target: '>= 0.8x jwtVerify',
      met: value >= 0.8 * baseline,
      detail,
    };
  };
  return [
    figure(
      'analyzeToken, cached key set (16 checks, ES384)',
      results.analysis,
      `median of ${ROUNDS} rounds x ${PER_ROUND}`,
    ),
    figure(
      'analyzeToken, JWKS document (renderer path)',
      results.document,
      'key set built once per document and reused',
    ),
  ];
};

export default bench;
