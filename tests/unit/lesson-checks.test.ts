import { describe, expect, it } from 'vitest';
import type { FlowError, GrantKind } from '../../shared/contract/flow.js';
import type { RunRecord } from '../../shared/contract/run-record.js';
import type { HistoryEntry } from '../../shared/replay/types.js';
import { parseWwwAuthenticate } from '../../shared/replay/www-authenticate.js';
import type { LessonEvidence } from '../../shared/lessons/lesson-evidence.js';
import { evidenceSince } from '../../shared/lessons/lesson-evidence.js';
import { findLesson, LESSONS } from '../../shared/lessons/all-lessons.js';
import { LESSON_IDS } from '../../shared/lessons/lesson-ids.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';
const MANAGEMENT = 'https://default.logto.app/api';
const ISSUER = 'http://127.0.0.1:4000/oidc';
const SANDBOX = 'http://127.0.0.1:4000';

interface RunSpec {
  grant?: GrantKind;
  clientId?: string;
  resources?: string[];
  scopes?: string[];
  organizationId?: string;
  grantedResources?: string[];
  at?: string;
  /** The access token: claims of a JWT (typ at+jwt unless `typ` is given), or 'opaque'. */
  token?: Record<string, unknown> | 'opaque';
  typ?: string;
  error?: Pick<FlowError, 'error'>;
}

let sequence = 0;
function run(spec: RunSpec): RunRecord {
  const clientId = spec.clientId ?? 'tokenscope-native';
  const base = { grant: spec.grant ?? 'authorization_code', issuer: ISSUER, durationMs: 5, timeline: [] };
  const accessToken =
    spec.token === 'opaque' || spec.token === undefined
      ? { kind: 'opaque' as const, raw: 'x'.repeat(43), reason: 'Not a JWT' }
      : {
          kind: 'jwt' as const,
          header: { alg: 'ES384', typ: spec.typ ?? 'at+jwt' },
          payload: { iss: ISSUER, client_id: clientId, ...spec.token },
          raw: 'eyJ…',
        };
  const result = spec.error
    ? { ...base, ok: false as const, error: { ...spec.error, explanation: 'e', fix: 'f' } }
    : { ...base, ok: true as const, tokenResponse: {}, accessToken };
  return {
    id: `run-${++sequence}`,
    workspaceId: 'default',
    connectionId: 'sandbox',
    connectionName: 'Sandbox',
    clientId,
    grant: spec.grant ?? 'authorization_code',
    label: 'run',
    at: spec.at ?? '2026-12-07T10:00:00.000Z',
    request: {
      resources: spec.resources ?? [],
      scopes: spec.scopes ?? [],
      ...(spec.organizationId ? { organizationId: spec.organizationId } : {}),
    },
    ...(spec.grantedResources ? { grantedResources: spec.grantedResources } : {}),
    result,
  };
}

interface CallSpec {
  method?: string;
  url: string;
  status: number;
  wwwAuthenticate?: string;
  token?: { audience?: string; scope?: string };
  at?: string;
}

function call(spec: CallSpec): HistoryEntry {
  const parsed = parseWwwAuthenticate(spec.wwwAuthenticate);
  return {
    id: `call-${++sequence}`,
    workspaceId: 'default',
    at: spec.at ?? '2026-12-07T10:00:00.000Z',
    request: { method: spec.method ?? 'GET', url: spec.url, headers: [] },
    ...(spec.token ? { token: { ref: 'r', masked: 'eyJ…', ...spec.token } } : {}),
    response: {
      status: spec.status,
      statusText: '',
      headers: spec.wwwAuthenticate ? [{ name: 'www-authenticate', value: spec.wwwAuthenticate }] : [],
      body: '',
      bodyTruncated: false,
      durationMs: 1,
      sizeBytes: 0,
      challenges: parsed.challenges,
      explanations: [],
      challengeProblems: parsed.problems,
    },
  };
}

const evidence = (runs: RunRecord[], calls: HistoryEntry[] = []): LessonEvidence => ({ runs, calls });

// Tokens as the sandbox issues them in the default world.
const user = (sub: string, aud: string, scope: string, extra: Record<string, unknown> = {}) => ({
  sub,
  aud,
  scope,
  ...extra,
});
const app = (clientId: string, aud: string, scope?: string, extra: Record<string, unknown> = {}) => ({
  sub: clientId,
  client_id: clientId,
  aud,
  ...(scope === undefined ? {} : { scope }),
  ...extra,
});

/** A user's sign-in for one API: the scopes asked and those her token was given. */
const signIn = (sub: string, resource: string, asked: string, given: string) =>
  run({ resources: [resource], scopes: asked.split(' '), token: user(sub, resource, given) });
/** An app's client credentials token for one API (no scope claim when `given` is left out). */
const appToken = (clientId: string, resource: string, asked: string, given?: string) =>
  run({
    grant: 'client_credentials',
    clientId,
    resources: [resource],
    scopes: asked ? asked.split(' ') : [],
    token: app(clientId, resource, given),
  });

const opaqueSignIn = run({ scopes: ['openid'], token: 'opaque' });
const productsSignIn = signIn('vera', PRODUCTS, 'openid read:products', 'read:products');
const veraPartial = signIn('vera', PRODUCTS, 'openid read:products write:products', 'read:products');
const m2mProducts = appToken('tokenscope-m2m', PRODUCTS, 'read:products delete:products', 'read:products');
const adaProducts = signIn('ada', PRODUCTS, 'openid read:products delete:products', 'read:products delete:products');
const managementToken = appToken('tokenscope-admin-script', MANAGEMENT, 'all', 'all');
const patOrders = run({
  grant: 'token_exchange',
  clientId: 'tokenscope-web',
  resources: [ORDERS],
  scopes: ['read:orders', 'write:orders'],
  token: user('eddie', ORDERS, 'read:orders write:orders'),
});
const m2mOrders = appToken('tokenscope-m2m', ORDERS, 'read:orders write:orders', 'read:orders');
const orgToken = run({
  grant: 'client_credentials',
  clientId: 'tokenscope-m2m',
  organizationId: 'acme',
  token: app('tokenscope-m2m', 'urn:logto:organization:acme', ''),
});
const orgApiToken = run({
  grant: 'client_credentials',
  clientId: 'tokenscope-m2m',
  organizationId: 'acme',
  resources: [PRODUCTS],
  scopes: ['read:products'],
  token: app('tokenscope-m2m', PRODUCTS, 'read:products', { organization_id: 'acme' }),
});
const granted = [PRODUCTS, ORDERS];
const refreshOrders = run({
  grant: 'refresh_token',
  resources: [ORDERS],
  grantedResources: granted,
  token: user('vera', ORDERS, 'read:orders'),
});
const refreshProducts = run({
  grant: 'refresh_token',
  resources: [PRODUCTS],
  grantedResources: granted,
  token: user('vera', PRODUCTS, 'read:products'),
});
const refreshFailure = (error: string, resource: string) =>
  run({ grant: 'refresh_token', resources: [resource], grantedResources: granted, error: { error } });
const trap = refreshFailure('invalid_target', MANAGEMENT);
const usersCall = call({ url: `${SANDBOX}/api/users`, status: 200, token: { audience: MANAGEMENT, scope: 'all' } });
const noToken401 = call({
  url: `${SANDBOX}/sample-api/products`,
  status: 401,
  wwwAuthenticate: `Bearer realm="${PRODUCTS}"`,
});
const insufficient403 = call({
  method: 'DELETE',
  url: `${SANDBOX}/sample-api/products/p-1`,
  status: 403,
  wwwAuthenticate: `Bearer realm="${PRODUCTS}", error="insufficient_scope", scope="delete:products"`,
  token: { audience: PRODUCTS, scope: 'read:products' },
});

// Almost-passes, each a single step off what a lesson asks for.
const defaultApiSignIn = run({ scopes: ['read:products'], token: user('vera', PRODUCTS, 'read:products') });
const idTypedSignIn = run({ resources: [PRODUCTS], typ: 'JWT', token: user('vera', PRODUCTS, '') });
const adaAll = signIn('ada', PRODUCTS, 'read:products write:products', 'read:products write:products');
const noahNothing = signIn('noah', PRODUCTS, 'read:products write:products', '');
const veraSameAsM2m = signIn('vera', PRODUCTS, 'read:products delete:products', 'read:products');
const adaOrders = signIn('ada', ORDERS, 'read:products delete:products', '');
const managementWithoutAll = appToken('tokenscope-m2m', MANAGEMENT, '');
const usersForbidden = call({ url: `${SANDBOX}/api/users`, status: 403, token: { audience: MANAGEMENT } });
const usersWithProductsToken = call({ url: `${SANDBOX}/api/users`, status: 200, token: { audience: PRODUCTS } });
const opaqueExchange = run({ grant: 'token_exchange', clientId: 'tokenscope-web', token: 'opaque' });
const globexApiToken = run({
  grant: 'client_credentials',
  clientId: 'tokenscope-m2m',
  token: app('tokenscope-m2m', PRODUCTS, '', { organization_id: 'globex' }),
});
const forbiddenWithoutChallenge = call({ url: `${SANDBOX}/x`, status: 403, token: { audience: PRODUCTS } });
const unauthorizedWithoutChallenge = call({ url: `${SANDBOX}/x`, status: 401 });

interface Case {
  lesson: string;
  name: string;
  evidence: LessonEvidence;
  passed: boolean;
  /** The criteria left unmet, by position. */
  unmet: number[];
}

/** A row: its name, the runs then the calls done, the criteria left unmet (none: the lesson passes). */
type Row = [name: string, runs: RunRecord[], unmet: number[], calls?: HistoryEntry[]];

const casesOf = (lesson: string, rows: Row[]): Case[] =>
  rows.map(([name, runs, unmet, calls]) => ({
    lesson,
    name,
    evidence: evidence(runs, calls),
    passed: unmet.length === 0,
    unmet,
  }));

const CASES: Case[] = [
  // 1. API resources
  ...casesOf('api-resources', [
    ['opaque then a JWT for the resource', [opaqueSignIn, productsSignIn], []],
    ['only the JWT', [productsSignIn], [0]],
    ['only the opaque token', [opaqueSignIn], [1]],
    [
      'a JWT from the default API, not from the resource asked (no resource sent)',
      [opaqueSignIn, defaultApiSignIn],
      [1],
    ],
    ['right audience but typed JWT (an ID token), not at+jwt', [opaqueSignIn, idTypedSignIn], [1]],
  ]),
  // 2. requested ∩ granted
  ...casesOf('permissions-and-roles', [
    ['Vera asks read+write, gets read', [veraPartial], []],
    ['everything asked was granted (Ada)', [adaAll], [1]],
    ['nothing granted (Noah, empty scope)', [noahNothing], [1]],
    ['an M2M token that dropped a scope', [m2mProducts], [0, 1]],
  ]),
  // 3. user vs M2M roles
  ...casesOf('user-and-m2m-roles', [
    ['M2M lacks delete, Ada has it', [m2mProducts, adaProducts], []],
    ['only the M2M token', [m2mProducts], [1, 2]],
    ['both, but the same permissions', [m2mProducts, veraSameAsM2m], [2]],
    ['both, for different APIs', [m2mProducts, adaOrders], [1, 2]],
  ]),
  // 4. Management API
  ...casesOf('management-api', [
    ['token with all, 200 from /api/users', [managementToken], [], [usersCall]],
    ['right audience but missing the all scope, so 403', [managementWithoutAll], [0, 1], [usersForbidden]],
    ['the token, but the call went with a products token', [managementToken], [1], [usersWithProductsToken]],
  ]),
  // 5. PAT vs M2M
  ...casesOf('pat-versus-m2m', [
    ['PAT token has write:orders, M2M does not', [patOrders, m2mOrders], []],
    ['PAT exchanged without resource: opaque', [opaqueExchange, m2mOrders], [0, 2]],
    ['M2M token for another API', [patOrders, m2mProducts], [1, 2]],
  ]),
  // 6. organizations
  ...casesOf('organizations', [
    ['organization token and organization-level API token', [orgToken, orgApiToken], []],
    ['a global API token (no organization_id)', [orgToken, m2mProducts], [1]],
    ['organization_id for another organization than the organization token', [orgToken, globexApiToken], [1]],
    ['only the API token', [orgApiToken], [0]],
  ]),
  // 7. refresh per resource
  ...casesOf('refresh-per-resource', [
    ['two audiences and the trap', [refreshOrders, refreshProducts, trap], []],
    ['two refreshes for the same API', [refreshOrders, refreshOrders, trap], [0]],
    [
      'the second failure is invalid_grant (spent token), not the trap itself',
      [refreshOrders, refreshProducts, refreshFailure('invalid_grant', MANAGEMENT)],
      [1],
    ],
    [
      'an invalid_target for a resource that was granted (another cause)',
      [refreshOrders, refreshProducts, refreshFailure('invalid_target', ORDERS)],
      [1],
    ],
  ]),
  // 8. 401 vs 403
  ...casesOf('status-401-403', [
    ['401 challenge, then 403 insufficient_scope', [], [], [noToken401, insufficient403]],
    ['a 403 without a challenge saying insufficient_scope', [], [1], [noToken401, forbiddenWithoutChallenge]],
    ['a 401 with no WWW-Authenticate', [], [0], [unauthorizedWithoutChallenge, insufficient403]],
  ]),
];

describe('lesson checks: tokens that pass and tokens that almost pass', () => {
  it.each(CASES)('$lesson: $name', ({ lesson, evidence: given, passed, unmet }) => {
    const result = findLesson(lesson)!.check(given);
    expect(result.passed).toBe(passed);
    expect(result.criteria.flatMap((c, i) => (c.met ? [] : [i]))).toEqual(unmet);
    for (const criterion of result.criteria) expect(criterion.detail).toMatch(criterion.met ? /^Yes/ : /^Not yet/);
  });

  it('no lesson passes on an empty session', () => {
    for (const lesson of LESSONS) expect(lesson.check(evidence([])).passed, lesson.id).toBe(false);
  });

  it('every lesson has at least one case that passes and one that almost passes', () => {
    for (const lesson of LESSONS) {
      expect(
        CASES.some((c) => c.lesson === lesson.id && c.passed),
        lesson.id,
      ).toBe(true);
      expect(
        CASES.some((c) => c.lesson === lesson.id && !c.passed),
        lesson.id,
      ).toBe(true);
    }
  });
});

describe('evidence counts only what was done after the lesson started', () => {
  it('drops runs and calls before the start', () => {
    const before = run({ at: '2026-12-07T09:00:00.000Z', token: 'opaque' });
    const after = run({ at: '2026-12-07T11:00:00.000Z', token: 'opaque' });
    const since = evidenceSince(evidence([before, after], [noToken401]), '2026-12-07T10:30:00.000Z');
    expect(since.runs).toEqual([after]);
    expect(since.calls).toEqual([]);
  });
});

describe('lesson content', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))('%s links a public Logto docs page and has steps', (_id, lesson) => {
    expect(lesson.source.url).toMatch(/^https:\/\/docs\.logto\.io\//);
    expect(lesson.steps.length).toBeGreaterThan(0);
    expect(lesson.concept.join(' ').length).toBeGreaterThan(100);
  });
  it('ids are unique', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });
});

describe('lesson ids', () => {
  it('the contract lists exactly the lessons there are, in order', () => {
    expect([...LESSON_IDS]).toEqual(LESSONS.map((l) => l.id));
  });
});
