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

const opaqueSignIn = run({ scopes: ['openid'], token: 'opaque' });
const productsSignIn = run({
  resources: [PRODUCTS],
  scopes: ['openid', 'read:products'],
  token: user('vera', PRODUCTS, 'read:products'),
});
const veraPartial = run({
  resources: [PRODUCTS],
  scopes: ['openid', 'read:products', 'write:products'],
  token: user('vera', PRODUCTS, 'read:products'),
});
const m2mProducts = run({
  grant: 'client_credentials',
  clientId: 'tokenscope-m2m',
  resources: [PRODUCTS],
  scopes: ['read:products', 'delete:products'],
  token: app('tokenscope-m2m', PRODUCTS, 'read:products'),
});
const adaProducts = run({
  resources: [PRODUCTS],
  scopes: ['openid', 'read:products', 'delete:products'],
  token: user('ada', PRODUCTS, 'read:products delete:products'),
});
const managementToken = run({
  grant: 'client_credentials',
  clientId: 'tokenscope-admin-script',
  resources: [MANAGEMENT],
  scopes: ['all'],
  token: app('tokenscope-admin-script', MANAGEMENT, 'all'),
});
const patOrders = run({
  grant: 'token_exchange',
  clientId: 'tokenscope-web',
  resources: [ORDERS],
  scopes: ['read:orders', 'write:orders'],
  token: user('eddie', ORDERS, 'read:orders write:orders'),
});
const m2mOrders = run({
  grant: 'client_credentials',
  clientId: 'tokenscope-m2m',
  resources: [ORDERS],
  scopes: ['read:orders', 'write:orders'],
  token: app('tokenscope-m2m', ORDERS, 'read:orders'),
});
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
const trap = run({
  grant: 'refresh_token',
  resources: [MANAGEMENT],
  grantedResources: granted,
  error: { error: 'invalid_target' },
});
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

interface Case {
  lesson: string;
  name: string;
  evidence: LessonEvidence;
  passed: boolean;
  /** The criteria left unmet, by position. */
  unmet: number[];
}

const CASES: Case[] = [
  // 1. API resources
  {
    lesson: 'api-resources',
    name: 'opaque then a JWT for the resource',
    evidence: evidence([opaqueSignIn, productsSignIn]),
    passed: true,
    unmet: [],
  },
  { lesson: 'api-resources', name: 'only the JWT', evidence: evidence([productsSignIn]), passed: false, unmet: [0] },
  {
    lesson: 'api-resources',
    name: 'only the opaque token',
    evidence: evidence([opaqueSignIn]),
    passed: false,
    unmet: [1],
  },
  {
    lesson: 'api-resources',
    name: 'a JWT from the default API, not from the resource asked (no resource sent)',
    evidence: evidence([
      opaqueSignIn,
      run({ scopes: ['read:products'], token: user('vera', PRODUCTS, 'read:products') }),
    ]),
    passed: false,
    unmet: [1],
  },
  {
    lesson: 'api-resources',
    name: 'right audience but typed JWT (an ID token), not at+jwt',
    evidence: evidence([opaqueSignIn, run({ resources: [PRODUCTS], typ: 'JWT', token: user('vera', PRODUCTS, '') })]),
    passed: false,
    unmet: [1],
  },
  // 2. requested ∩ granted
  {
    lesson: 'permissions-and-roles',
    name: 'Vera asks read+write, gets read',
    evidence: evidence([veraPartial]),
    passed: true,
    unmet: [],
  },
  {
    lesson: 'permissions-and-roles',
    name: 'everything asked was granted (Ada)',
    evidence: evidence([
      run({
        resources: [PRODUCTS],
        scopes: ['read:products', 'write:products'],
        token: user('ada', PRODUCTS, 'read:products write:products'),
      }),
    ]),
    passed: false,
    unmet: [1],
  },
  {
    lesson: 'permissions-and-roles',
    name: 'nothing granted (Noah, empty scope)',
    evidence: evidence([
      run({ resources: [PRODUCTS], scopes: ['read:products', 'write:products'], token: user('noah', PRODUCTS, '') }),
    ]),
    passed: false,
    unmet: [1],
  },
  {
    lesson: 'permissions-and-roles',
    name: 'an M2M token that dropped a scope',
    evidence: evidence([m2mProducts]),
    passed: false,
    unmet: [0, 1],
  },
  // 3. user vs M2M roles
  {
    lesson: 'user-and-m2m-roles',
    name: 'M2M lacks delete, Ada has it',
    evidence: evidence([m2mProducts, adaProducts]),
    passed: true,
    unmet: [],
  },
  {
    lesson: 'user-and-m2m-roles',
    name: 'only the M2M token',
    evidence: evidence([m2mProducts]),
    passed: false,
    unmet: [1, 2],
  },
  {
    lesson: 'user-and-m2m-roles',
    name: 'both, but the same permissions',
    evidence: evidence([
      m2mProducts,
      run({
        resources: [PRODUCTS],
        scopes: ['read:products', 'delete:products'],
        token: user('vera', PRODUCTS, 'read:products'),
      }),
    ]),
    passed: false,
    unmet: [2],
  },
  {
    lesson: 'user-and-m2m-roles',
    name: 'both, for different APIs',
    evidence: evidence([
      m2mProducts,
      run({ resources: [ORDERS], scopes: ['read:products', 'delete:products'], token: user('ada', ORDERS, '') }),
    ]),
    passed: false,
    unmet: [1, 2],
  },
  // 4. Management API
  {
    lesson: 'management-api',
    name: 'token with all, 200 from /api/users',
    evidence: evidence([managementToken], [usersCall]),
    passed: true,
    unmet: [],
  },
  {
    lesson: 'management-api',
    name: 'right audience but missing the all scope, so 403',
    evidence: evidence(
      [
        run({
          grant: 'client_credentials',
          clientId: 'tokenscope-m2m',
          resources: [MANAGEMENT],
          token: app('tokenscope-m2m', MANAGEMENT),
        }),
      ],
      [call({ url: `${SANDBOX}/api/users`, status: 403, token: { audience: MANAGEMENT } })],
    ),
    passed: false,
    unmet: [0, 1],
  },
  {
    lesson: 'management-api',
    name: 'the token, but the call went with a products token',
    evidence: evidence(
      [managementToken],
      [call({ url: `${SANDBOX}/api/users`, status: 200, token: { audience: PRODUCTS } })],
    ),
    passed: false,
    unmet: [1],
  },
  // 5. PAT vs M2M
  {
    lesson: 'pat-versus-m2m',
    name: 'PAT token has write:orders, M2M does not',
    evidence: evidence([patOrders, m2mOrders]),
    passed: true,
    unmet: [],
  },
  {
    lesson: 'pat-versus-m2m',
    name: 'PAT exchanged without resource: opaque',
    evidence: evidence([run({ grant: 'token_exchange', clientId: 'tokenscope-web', token: 'opaque' }), m2mOrders]),
    passed: false,
    unmet: [0, 2],
  },
  {
    lesson: 'pat-versus-m2m',
    name: 'M2M token for another API',
    evidence: evidence([patOrders, m2mProducts]),
    passed: false,
    unmet: [1, 2],
  },
  // 6. organizations
  {
    lesson: 'organizations',
    name: 'organization token and organization-level API token',
    evidence: evidence([orgToken, orgApiToken]),
    passed: true,
    unmet: [],
  },
  {
    lesson: 'organizations',
    name: 'a global API token (no organization_id)',
    evidence: evidence([orgToken, m2mProducts]),
    passed: false,
    unmet: [1],
  },
  {
    lesson: 'organizations',
    name: 'organization_id for another organization than the organization token',
    evidence: evidence([
      orgToken,
      run({
        grant: 'client_credentials',
        clientId: 'tokenscope-m2m',
        token: app('tokenscope-m2m', PRODUCTS, '', { organization_id: 'globex' }),
      }),
    ]),
    passed: false,
    unmet: [1],
  },
  { lesson: 'organizations', name: 'only the API token', evidence: evidence([orgApiToken]), passed: false, unmet: [0] },
  // 7. refresh per resource
  {
    lesson: 'refresh-per-resource',
    name: 'two audiences and the trap',
    evidence: evidence([refreshOrders, refreshProducts, trap]),
    passed: true,
    unmet: [],
  },
  {
    lesson: 'refresh-per-resource',
    name: 'two refreshes for the same API',
    evidence: evidence([refreshOrders, refreshOrders, trap]),
    passed: false,
    unmet: [0],
  },
  {
    lesson: 'refresh-per-resource',
    name: 'the second failure is invalid_grant (spent token), not the trap itself',
    evidence: evidence([
      refreshOrders,
      refreshProducts,
      run({
        grant: 'refresh_token',
        resources: [MANAGEMENT],
        grantedResources: granted,
        error: { error: 'invalid_grant' },
      }),
    ]),
    passed: false,
    unmet: [1],
  },
  {
    lesson: 'refresh-per-resource',
    name: 'an invalid_target for a resource that was granted (another cause)',
    evidence: evidence([
      refreshOrders,
      refreshProducts,
      run({
        grant: 'refresh_token',
        resources: [ORDERS],
        grantedResources: granted,
        error: { error: 'invalid_target' },
      }),
    ]),
    passed: false,
    unmet: [1],
  },
  // 8. 401 vs 403
  {
    lesson: 'status-401-403',
    name: '401 challenge, then 403 insufficient_scope',
    evidence: evidence([], [noToken401, insufficient403]),
    passed: true,
    unmet: [],
  },
  {
    lesson: 'status-401-403',
    name: 'a 403 without a challenge saying insufficient_scope',
    evidence: evidence([], [noToken401, call({ url: `${SANDBOX}/x`, status: 403, token: { audience: PRODUCTS } })]),
    passed: false,
    unmet: [1],
  },
  {
    lesson: 'status-401-403',
    name: 'a 401 with no WWW-Authenticate',
    evidence: evidence([], [call({ url: `${SANDBOX}/x`, status: 401 }), insufficient403]),
    passed: false,
    unmet: [0],
  },
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
