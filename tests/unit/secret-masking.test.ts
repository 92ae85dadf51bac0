import { describe, expect, it } from 'vitest';
import {
  knownSecrets,
  maskBody,
  maskHeaderValue,
  maskText,
  maskUrl,
  maskValue,
} from '../../shared/security/masking/mask.js';
import { looksLikeOpaqueSecret } from '../../shared/security/masking/secret-values.js';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const JWT = `${b64({ alg: 'ES384', typ: 'at+jwt' })}.${b64({ sub: 'eddie', scope: 'read:products' })}.c2lnbmF0dXJlLXZhbHVl`;
const JWE = `${b64({ alg: 'dir', enc: 'A256GCM' })}..aXYtaXYtaXYtaXY.Y2lwaGVydGV4dA.dGFnLXRhZy10YWc`;
const PAT = 'pat_SandboxEddieLaptopScript00000001';
const GITHUB = 'ghp_R8kLm2Qx7VbN4cT9wZ1aS6dF3gH0jK5pY2uE';
const OPAQUE = 'Zk3q9XbT1mVw8RuY2LpA6sNc0HdE4GfJ';
const HEX_KEY = 'a3f5c9e1b7d24680f1e2d3c4b5a69788';
const UUID = '3f2b8c1e-9d4a-4b6e-8f0a-1c2d3e4f5a6b';
const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const ULID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
const CURSOR = b64({ id: 123, after: '2024-01-01' });
const CODE_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const STATE = 'af0ifjsldkjQ9fz7Wk3vXp0Lr8Tb2Nc5yG1hM4sD6eA';
/** A session's opaque token that no shape rule catches: lower case and digits only. */
const KNOWN = 'opaquesessiontoken2024value';

const hidden = (text: string, secret: string) => !text.includes(secret) && text.includes('•');

describe('what a value is: masked wherever it sits', () => {
  const cases: [kind: string, text: string, secret: string][] = [
    ['JWT in prose', `the token was ${JWT}, see above`, JWT],
    ['JWE in a header-like line', `x-forwarded-token: ${JWE}`, JWE],
    ['Logto PAT in HTML', `<p>${PAT}</p>`, PAT],
    ['GitHub token in a log line', `push with ${GITHUB} failed`, GITHUB],
  ];
  it.each(cases)('%s', (_kind, text, secret) => {
    expect(hidden(maskText(text), secret)).toBe(true);
  });

  it('masks a known token as is and percent-encoded, even when no rule would', () => {
    const known = knownSecrets([KNOWN, 'tok/with+plus=and-slash']);
    expect(hidden(maskText(`{"echo":"${KNOWN}"}`, known), KNOWN)).toBe(true);
    expect(maskText('a=tok%2Fwith%2Bplus%3Dand-slash', known)).not.toContain('tok%2Fwith');
    expect(maskText(`{"echo":"${KNOWN}"}`)).toContain(KNOWN);
  });

  const nearMisses: [kind: string, text: string][] = [
    ['a dotted version', 'v1.22.3-beta.4'],
    ['a base64 JSON cursor (no dots)', CURSOR],
    ['one dot after eyJ', 'eyJhbGciOi.json'],
    ['a word with pat_', 'the pat_file was found'],
    ['a sentence', 'The quick brown fox jumps over the lazy dog 123 times'],
  ];
  it.each(nearMisses)('leaves %s alone', (_kind, text) => {
    expect(maskText(text)).toBe(text);
  });
});

describe('opaque values in a slot', () => {
  const rows: [value: string, name: string, masked: boolean, why: string][] = [
    [OPAQUE, 'x-anything', true, '32 mixed characters, anywhere'],
    [OPAQUE.slice(0, 20), 'x-trace', false, 'too short outside a credential slot'],
    [OPAQUE.slice(0, 20), 'x-custom-auth', true, 'credential slot from 16'],
    [HEX_KEY, 'api_key', true, 'a hex key in a credential slot'],
    [HEX_KEY, 'etag', false, 'a hex digest is not a credential'],
    [SHA256, 'sha256', false, 'a hex digest'],
    [UUID, 'id', false, 'a UUID as an id'],
    [UUID, 'apiKey', true, 'a UUID used as a key'],
    [ULID, 'x-request-id', false, 'a ULID: no lower case'],
    ['p-1', 'token', false, 'a short id'],
    ['Bearer', 'token_type', false, 'a word'],
    ['client_secret_basic', 'token_endpoint_auth_method', false, 'one kind of character'],
    ['https://auth.example.com/oidc/token', 'token_endpoint', false, 'a URL'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaAAAAAAAA11', 'x-thing', false, 'low entropy'],
    [`${OPAQUE}•`, 'token', false, 'already masked'],
  ];
  it.each(rows)('%s under %s → %s (%s)', (value, name, masked) => {
    expect(looksLikeOpaqueSecret(value, name)).toBe(masked);
  });
});

describe('headers', () => {
  const rows: [name: string, value: string, secret: string | undefined, kept?: string][] = [
    ['Authorization', `Bearer ${JWT}`, JWT, 'Bearer '],
    ['authorization', 'Basic dG9rZW5zY29wZTpzZWNyZXQ=', 'dG9rZW5zY29wZTpzZWNyZXQ=', 'Basic '],
    ['Cookie', 'sid=abcdef0123456789', 'abcdef0123456789'],
    ['X-Api-Key', 'short-key-1', 'short-key-1'],
    ['X-Custom-Auth', JWT, JWT],
    ['X-Custom-Auth', `Token ${HEX_KEY}`, HEX_KEY, 'Token '],
    ['X-Unknown', OPAQUE, OPAQUE],
    ['Location', 'tokenscope://callback?code=abcdefghijklmnop&state=s', 'abcdefghijklmnop', 'state=s'],
    ['X-Request-Id', UUID, undefined],
    ['DPoP-Nonce', OPAQUE, undefined],
    ['DPoP-Nonce', JWT, JWT],
    ['ETag', `"${SHA256}"`, undefined],
    ['WWW-Authenticate', 'Bearer realm="products", error="invalid_token"', undefined],
    ['Content-Type', 'application/json; charset=utf-8', undefined],
  ];
  it.each(rows)('%s: %s', (name, value, secret, kept) => {
    const masked = maskHeaderValue(name, value);
    if (secret === undefined) expect(masked).toBe(value);
    else expect(hidden(masked, secret)).toBe(true);
    if (kept) expect(masked).toContain(kept);
  });
});

describe('URLs', () => {
  const rows: [url: string, secret: string | undefined, kept?: string][] = [
    [`https://api.test/p?access_token=${JWT}`, JWT],
    [`https://api.test/p?access_token=${KNOWN}`, KNOWN],
    [`https://api.test/p?sig=${HEX_KEY}`, HEX_KEY],
    [`https://api.test/p?apikey=${OPAQUE}&page=2`, OPAQUE, 'page=2'],
    ['https://app.test/cb#access_token=abcdefghijklmnop&state=s', 'abcdefghijklmnop', 'state=s'],
    [`https://id.test/auth?code_challenge=${CODE_CHALLENGE}&state=${STATE}&client_id=abc`, undefined],
    [`https://api.test/p?id=${UUID}&hash=${SHA256}&after=${ULID}`, undefined],
    // The documented price of rule 2: a random-looking cursor in a URL is masked too.
    [`https://api.test/p?cursor=${CURSOR}`, CURSOR],
  ];
  it.each(rows)('%s', (url, secret, kept) => {
    const masked = maskUrl(url);
    if (secret === undefined) expect(masked).toBe(url);
    else expect(hidden(masked, secret)).toBe(true);
    if (kept) expect(masked).toContain(kept);
  });
});

describe('bodies', () => {
  it("masks secret keys in JSON, opaque values under credential-like keys, a JWK's private members", () => {
    const body = JSON.stringify({
      access_token: 'a'.repeat(40),
      token_type: 'Bearer',
      expires_in: 3600,
      nested: [{ refresh_token: 'rt-secret-value-123' }],
      apiKey: HEX_KEY,
      sessionToken: OPAQUE,
      key: { kty: 'EC', crv: 'P-256', x: OPAQUE, y: OPAQUE, d: 'private-scalar-value-0123' },
    });
    const masked = JSON.parse(maskBody(body));
    expect(masked).toMatchObject({ token_type: 'Bearer', expires_in: 3600, key: { kty: 'EC', x: OPAQUE, y: OPAQUE } });
    for (const value of [
      masked.access_token,
      masked.nested[0].refresh_token,
      masked.apiKey,
      masked.sessionToken,
      masked.key.d,
    ]) {
      expect(value).toContain('•');
    }
  });

  it("keeps an API's data as it is: ids, UUIDs, digests, cursors, error codes, public keys", () => {
    const bodies = [
      JSON.stringify({ data: [{ id: 'p-1', uuid: UUID, sha: SHA256, ulid: ULID }], next: CURSOR, digest: OPAQUE }),
      '{"code":"auth.forbidden","message":"Forbidden"}',
      JSON.stringify({ keys: [{ kty: 'EC', kid: OPAQUE, x: OPAQUE, y: OPAQUE }] }),
      '{ "spaced": "keeps its formatting" }',
    ];
    for (const body of bodies) expect(maskBody(body)).toBe(body);
  });

  it('masks form secrets, the code only in forms, and keeps other pairs exactly as sent', () => {
    const form = 'grant_type=authorization_code&code=abcdefghijklmnop&redirect_uri=tokenscope%3A%2F%2Fcallback';
    expect(maskBody(form)).toBe(
      `grant_type=authorization_code&code=${maskValue('abcdefghijklmnop')}&redirect_uri=tokenscope%3A%2F%2Fcallback`,
    );
  });

  it('masks JWTs and known tokens in any body, even text it cannot parse', () => {
    const known = knownSecrets([KNOWN]);
    const masked = maskBody(`{cut off ${JWT} and ${KNOWN}`, known);
    expect(hidden(masked, JWT) && hidden(masked, KNOWN)).toBe(true);
  });

  it('masking twice changes nothing', () => {
    const body = JSON.stringify({ access_token: JWT, apiKey: HEX_KEY, note: `pat ${PAT}` });
    const once = maskBody(body);
    expect(maskBody(once)).toBe(once);
    expect(maskValue(maskValue(PAT))).toBe(maskValue(PAT));
  });
});
