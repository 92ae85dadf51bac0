import { describe, expect, it } from 'vitest';
import {
  authorizationServerMetadataUrls,
  checkApiUrl,
  chooseAuthorizationServer,
  finalCallOutcome,
  matchResource,
  metadataCandidates,
  offeredScopes,
  planClient,
  readApiChallenge,
  registrationRefused,
  resourceMetadataOutcome,
  serverMetadataOutcome,
  type CandidateAnswer,
  type MetadataCandidate,
  type ResourceMetadata,
} from '../../shared/discovery/discovery-chain.js';
import { nextTokenCommand } from '../../shared/discovery/next-command.js';

const json = (value: unknown): Pick<CandidateAnswer, 'status' | 'contentType' | 'body'> => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify(value),
});

describe('the 401 challenge (RFC 9728 §5.1)', () => {
  it.each([
    {
      name: 'Bearer with resource_metadata',
      header: ['Bearer resource_metadata="https://api.example.com/.well-known/oauth-protected-resource/mcp"'],
      url: 'https://api.example.com/.well-known/oauth-protected-resource/mcp',
    },
    {
      name: 'DPoP challenge carries it too',
      header: ['DPoP algs="ES256", resource_metadata="https://api.example.com/prm"'],
      url: 'https://api.example.com/prm',
    },
    {
      name: 'second field of two',
      header: ['Basic realm="x"', 'Bearer error="invalid_token", resource_metadata="https://m.example.com/r"'],
      url: 'https://m.example.com/r',
    },
    { name: 'no resource_metadata: the well-known URLs follow', header: ['Bearer realm="api"'], url: undefined },
    { name: 'no header at all', header: [], url: undefined },
  ])('$name', ({ header, url }) => {
    const outcome = readApiChallenge(401, header);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.resourceMetadataUrl).toBe(url);
  });

  it.each([
    ['a relative URL', 'Bearer resource_metadata="/.well-known/oauth-protected-resource"'],
    ['plain http to another host', 'Bearer resource_metadata="http://api.example.com/prm"'],
    ['not a URL', 'Bearer resource_metadata="somewhere"'],
  ])('refuses %s rather than guessing', (_name, header) => {
    const outcome = readApiChallenge(401, [header]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.kind).toBe('bad-challenge');
  });

  it('reads the scope the API asked for (RFC 6750 §3) and offers it first', () => {
    const outcome = readApiChallenge(401, ['Bearer scope="read:products", resource_metadata="https://a.example/m"']);
    expect(outcome.ok && outcome.value.scope).toBe('read:products');
    expect(offeredScopes(['write:products', 'read:products'], 'read:products')).toEqual({
      scopes: ['read:products', 'write:products'],
      preselected: ['read:products'],
    });
    expect(offeredScopes(['a', 'b'], undefined)).toEqual({ scopes: ['a', 'b'], preselected: ['a', 'b'] });
  });
});

describe('metadata URL candidates (RFC 9728 §3.1)', () => {
  it.each([
    {
      name: 'a path: inserted between host and path, then the root',
      called: 'https://api.example.com/mcp',
      header: undefined,
      urls: [
        'https://api.example.com/.well-known/oauth-protected-resource/mcp',
        'https://api.example.com/.well-known/oauth-protected-resource',
      ],
    },
    {
      name: 'no path: the root once',
      called: 'https://api.example.com',
      header: undefined,
      urls: ['https://api.example.com/.well-known/oauth-protected-resource'],
    },
    {
      name: 'a query stays after the path',
      called: 'https://api.example.com/v1/x?tenant=a',
      header: undefined,
      urls: [
        'https://api.example.com/.well-known/oauth-protected-resource/v1/x?tenant=a',
        'https://api.example.com/.well-known/oauth-protected-resource',
      ],
    },
    {
      // MCP Inspector #576: the resource_metadata URL was not used; the client built its own well-known URL.
      name: 'Inspector #576: the header URL is the one fetched, and alone',
      called: 'https://api.example.com/mcp',
      header: 'https://auth-meta.example.com/custom/prm.json',
      urls: ['https://auth-meta.example.com/custom/prm.json'],
    },
    {
      // MCP Inspector #675: the header named the root URL, the client fetched the path-inserted one first.
      name: 'Inspector #675: the header names the root; nothing else is tried first',
      called: 'http://localhost:5010/mcp',
      header: 'http://localhost:5010/.well-known/oauth-protected-resource',
      urls: ['http://localhost:5010/.well-known/oauth-protected-resource'],
    },
  ])('$name', ({ called, header, urls }) => {
    expect(metadataCandidates(called, header).map((c) => c.url)).toEqual(urls);
  });

  it('never appends the well-known segment after the path (a common wrong URL)', () => {
    const urls = metadataCandidates('https://api.example.com/mcp').map((c) => c.url);
    expect(urls).not.toContain('https://api.example.com/mcp/.well-known/oauth-protected-resource');
  });
});

const candidate = (url: string, source: MetadataCandidate['source'], identifier: string): MetadataCandidate => ({
  url,
  source,
  identifier,
});
const CALLED = 'https://api.example.com/mcp';
const PATH = candidate('https://api.example.com/.well-known/oauth-protected-resource/mcp', 'path-inserted', CALLED);
const ROOT = candidate(
  'https://api.example.com/.well-known/oauth-protected-resource',
  'root',
  'https://api.example.com',
);
const GOOD = { resource: CALLED, authorization_servers: ['https://tenant.logto.app/oidc'] };

describe('fetching the metadata, in order', () => {
  it.each([
    {
      name: 'found at the path-inserted URL',
      answers: [{ candidate: PATH, ...json(GOOD) }],
      expected: { ok: true, url: PATH.url },
    },
    {
      name: '404 at the path, found at the root',
      answers: [
        { candidate: PATH, status: 404, body: 'not found' },
        { candidate: ROOT, ...json(GOOD) },
      ],
      expected: { ok: true, url: ROOT.url },
    },
    {
      name: 'a 401 from auth middleware on the well-known path is "not there", not fatal',
      answers: [
        { candidate: PATH, status: 401, body: '' },
        { candidate: ROOT, ...json(GOOD) },
      ],
      expected: { ok: true, url: ROOT.url },
    },
    {
      name: 'an HTML page answering 200 everywhere is not metadata',
      answers: [
        { candidate: PATH, status: 200, contentType: 'text/html', body: '<!doctype html>' },
        { candidate: ROOT, status: 404 },
      ],
      expected: { ok: false, kind: 'no-metadata' },
    },
    {
      name: 'no metadata anywhere',
      answers: [
        { candidate: PATH, status: 404 },
        { candidate: ROOT, error: 'connect ECONNREFUSED' },
      ],
      expected: { ok: false, kind: 'no-metadata' },
    },
    {
      name: 'a document without resource',
      answers: [{ candidate: PATH, ...json({ authorization_servers: ['https://a.example'] }) }],
      expected: { ok: false, kind: 'bad-metadata' },
    },
    {
      name: 'authorization_servers as a string',
      answers: [{ candidate: PATH, ...json({ resource: CALLED, authorization_servers: 'https://a.example' }) }],
      expected: { ok: false, kind: 'bad-metadata' },
    },
    {
      name: 'dpop flag as a string',
      answers: [{ candidate: PATH, ...json({ ...GOOD, dpop_bound_access_tokens_required: 'yes' }) }],
      expected: { ok: false, kind: 'bad-metadata' },
    },
  ])('$name', ({ answers, expected }) => {
    const outcome = resourceMetadataOutcome(answers as CandidateAnswer[]);
    expect(outcome.ok).toBe(expected.ok);
    if (outcome.ok) expect(outcome.value.candidate.url).toBe(expected.url);
    else expect(outcome.failure.kind).toBe(expected.kind);
  });

  it('names every URL it tried when none had metadata, and the header URL when the API named one', () => {
    const header = candidate('https://api.example.com/prm', 'header', CALLED);
    const outcome = resourceMetadataOutcome([{ candidate: header, status: 404 }]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.explanation).toContain('https://api.example.com/prm');
      expect(outcome.failure.fix).toContain('resource_metadata');
    }
  });
});

describe('the metadata names this API (RFC 9728 §3.3)', () => {
  const found = (resource: string, at: MetadataCandidate) => ({ metadata: { resource }, candidate: at });
  it.each([
    { name: 'identical', resource: CALLED, at: PATH, ok: true },
    {
      name: 'identical up to host case (RFC 3986 §6.2.2)',
      resource: 'https://API.example.com/mcp',
      at: PATH,
      ok: true,
    },
    { name: 'a trailing slash is another identifier', resource: `${CALLED}/`, at: PATH, ok: false },
    { name: 'another API', resource: 'https://other.example.com/mcp', at: PATH, ok: false },
    { name: 'the origin, found at the path URL', resource: 'https://api.example.com', at: PATH, ok: false },
    {
      name: 'the origin, found at the root URL: describes the origin, not /mcp',
      resource: 'https://api.example.com',
      at: ROOT,
      ok: false,
    },
    { name: 'the URL called, found at the root URL', resource: CALLED, at: ROOT, ok: true },
    {
      name: 'through the header: must be the URL called',
      resource: 'https://api.example.com',
      at: candidate('https://api.example.com/.well-known/oauth-protected-resource', 'header', CALLED),
      ok: false,
    },
  ])('$name', ({ resource, at, ok }) => {
    const outcome = matchResource(found(resource, at), CALLED);
    expect(outcome.ok).toBe(ok);
    if (!outcome.ok) {
      expect(outcome.failure.kind).toBe('resource-mismatch');
      expect(outcome.failure.fix).toContain(CALLED);
    }
  });

  it('a root document naming the origin says to serve the path-inserted metadata', () => {
    const outcome = matchResource(found('https://api.example.com', ROOT), CALLED);
    expect(!outcome.ok && outcome.failure.fix).toContain(PATH.url);
  });

  it('the origin itself called: the root document names it', () => {
    const origin = 'https://api.example.com';
    expect(matchResource(found(origin, ROOT), origin).ok).toBe(true);
  });
});

describe('the authorization server (RFC 9728 §2)', () => {
  const metadata = (servers?: string[]): ResourceMetadata => ({
    resource: 'http://127.0.0.1:10001/mcp',
    ...(servers ? { authorization_servers: servers } : {}),
  });
  it.each([
    {
      // MCP Inspector #852: the API's own origin was used as the authorization server.
      name: 'Inspector #852: taken from authorization_servers, not from the API host',
      servers: ['http://localhost:8080/realms/mcp'],
      prefer: {},
      issuer: 'http://localhost:8080/realms/mcp',
    },
    {
      name: 'the one the user has a connection to',
      servers: ['https://a.example/oidc', 'https://b.example/oidc'],
      prefer: { known: ['https://b.example/oidc'] },
      issuer: 'https://b.example/oidc',
    },
    {
      name: 'the user’s pick beats a known one',
      servers: ['https://a.example/oidc', 'https://b.example/oidc'],
      prefer: { picked: 'https://a.example/oidc', known: ['https://b.example/oidc'] },
      issuer: 'https://a.example/oidc',
    },
    {
      name: 'an unusable entry is skipped',
      servers: ['http://evil.example/oidc', 'https://good.example/oidc'],
      prefer: {},
      issuer: 'https://good.example/oidc',
    },
  ])('$name', ({ servers, prefer, issuer }) => {
    const outcome = chooseAuthorizationServer(metadata(servers), prefer);
    expect(outcome.ok && outcome.value.issuer).toBe(issuer);
    expect(outcome.ok && outcome.value.issuer).not.toBe('http://127.0.0.1:10001');
  });

  it('refuses a pick the metadata does not list: a typo must not send the sign-in elsewhere', () => {
    const outcome = chooseAuthorizationServer(metadata(['https://a.example/oidc']), {
      picked: 'https://b.example/oidc',
    });
    expect(!outcome.ok && outcome.failure.explanation).toContain('is not among');
  });

  it.each([
    ['absent', undefined],
    ['empty', []],
    ['only unusable entries', ['ftp://x.example', 'not a url']],
  ])('no authorization_servers (%s) breaks the chain here', (_name, servers) => {
    const outcome = chooseAuthorizationServer(metadata(servers));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.kind).toBe('no-authorization-servers');
  });

  it('looks for its metadata at the issuer’s own well-known URLs, not the API’s path (Inspector #675)', () => {
    expect(authorizationServerMetadataUrls('http://localhost:5010/realms/mcpdash').map((u) => u.url)).toEqual([
      'http://localhost:5010/.well-known/oauth-authorization-server/realms/mcpdash',
      'http://localhost:5010/realms/mcpdash/.well-known/openid-configuration',
    ]);
  });

  it('an authorization server without metadata breaks the chain with every URL tried', () => {
    const outcome = serverMetadataOutcome('https://a.example/oidc', [
      { kind: 'oauth2', url: 'https://a.example/.well-known/oauth-authorization-server/oidc', problem: '404' },
      { kind: 'oidc', url: 'https://a.example/oidc/.well-known/openid-configuration', problem: '404' },
    ]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.kind).toBe('authorization-server-without-metadata');
      expect(outcome.failure.explanation).toContain('RFC 8414');
      expect(outcome.failure.explanation).toContain('OpenID Connect Discovery');
    }
  });
});

describe('the client (RFC 7591)', () => {
  it.each([
    {
      name: 'a picked client wins',
      endpoint: 'https://a/reg',
      picked: { connectionId: 'c', clientId: 'x' },
      use: 'saved',
    },
    { name: 'none picked, registration offered', endpoint: 'https://a/reg', picked: undefined, use: 'register' },
    { name: 'none picked, no registration', endpoint: undefined, picked: undefined, use: undefined },
  ])('$name', ({ endpoint, picked, use }) => {
    const outcome = planClient('https://a/oidc', endpoint, picked);
    if (use) expect(outcome.ok && outcome.value.use).toBe(use);
    else expect(!outcome.ok && outcome.failure.kind).toBe('no-client');
  });

  it.each([
    [{ status: 400, error: 'invalid_redirect_uri' }, 'redirect URIs'],
    [{ status: 401 }, 'initial access token'],
    [{ status: 400, error: 'invalid_client_metadata', description: 'bad grant_types' }, 'bad grant_types'],
  ])('registration refused: %j', (answer, words) => {
    const outcome = registrationRefused('https://a/reg', answer);
    expect(!outcome.ok && outcome.failure.kind).toBe('registration-refused');
    expect(!outcome.ok && outcome.failure.explanation).toContain(words);
  });
});

describe('the last call and what to run next', () => {
  it.each([
    { status: 200, header: [], ok: true },
    { status: 403, header: ['Bearer error="insufficient_scope", scope="write:x"'], ok: false, fix: 'write:x' },
    { status: 401, header: ['DPoP error="invalid_dpop_proof"'], ok: false, fix: 'DPoP' },
  ])('$status', ({ status, header, ok, fix }) => {
    const outcome = finalCallOutcome(status, header, 'Bearer');
    expect(outcome.ok).toBe(ok);
    if (!outcome.ok) expect(outcome.failure.fix).toContain(fix);
  });

  it('prints the token command with the resource, scopes and DPoP', () => {
    const command = nextTokenCommand({
      id: 'd',
      url: CALLED,
      steps: [],
      timeline: [],
      authorizationServer: 'https://tenant.logto.app/oidc',
      resource: CALLED,
      preselectedScopes: ['read:x', 'write:x'],
      dpopRequired: true,
    });
    expect(command).toBe(
      'tokenscope token --grant authorization_code --issuer https://tenant.logto.app/oidc --client-id <client-id> ' +
        "--resource https://api.example.com/mcp --scope 'read:x write:x' --dpop",
    );
  });

  it.each([
    ['https://api.example.com/mcp', true],
    ['http://127.0.0.1:3000/x', true],
    ['http://api.example.com/x', false],
    ['https://api.example.com/x#frag', false],
    ['nope', false],
  ])('checkApiUrl(%s)', (url, ok) => {
    expect(checkApiUrl(url).ok).toBe(ok);
  });
});
