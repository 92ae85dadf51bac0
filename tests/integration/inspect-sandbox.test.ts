// The inspector against a real issuer: the sandbox authorization server, its discovery, its JWKS, its tokens.
import { beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { sandboxForFile } from '../support/sandbox-for-file.js';
import { inspectToken } from '../../electron/services/inspect/inspect-token.js';
import { compareTokens, diffScopes } from '../../shared/inspect/token-inspection.js';
import { scopeWorldFromTenant } from '../../shared/explain/scope-world-from-tenant.js';
import { tenantFromWorld } from '../../shared/tenant/tenant-from-world.js';
import { decodeToken } from '../../shared/token/decode.js';
import { sandboxClient } from '../support/sandbox-client.js';
import { ORDERS_API as ORDERS, PRODUCTS_API as PRODUCTS } from '../../shared/sandbox/sample-api.js';

const PAT_TYPE = 'urn:logto:token-type:personal_access_token';

const sandbox = sandboxForFile();
let m2m: oidc.Configuration;
let web: oidc.Configuration;

const configFor = (kind: string) => sandboxClient(sandbox, kind, 'client_secret_basic');

const statusOf = (checks: { id: string; status: string }[], id: string) => checks.find((c) => c.id === id)?.status;

beforeAll(async () => {
  m2m = await configFor('m2m');
  web = await configFor('traditional');
});

describe('inspecting sandbox tokens', () => {
  it('passes every check of a client-credentials token, keys discovered from the issuer', async () => {
    const { access_token } = await oidc.clientCredentialsGrant(m2m, { resource: PRODUCTS, scope: 'read:products' });
    const analysis = await inspectToken({
      token: access_token,
      issuer: sandbox.issuer,
      expectedAudience: PRODUCTS,
      requiredScopes: ['read:products'],
    });
    expect(analysis.kind).toBe('access_token');
    expect(analysis.checks.filter((c) => c.status === 'fail')).toEqual([]);
    for (const id of ['signature', 'alg', 'kid', 'typ', 'iss', 'aud', 'exp', 'iat', 'scope', 'client_id']) {
      expect(statusOf(analysis.checks, id), id).toBe('pass');
    }
    expect(analysis.checks.find((c) => c.id === 'subject')?.message).toMatch(/app itself/);
    expect(analysis.valid).toBe(true);
  });

  it('fails the scope and audience a different API operation needs, and gives the exact reason', async () => {
    const request = { resources: [PRODUCTS], scopes: ['read:products', 'delete:products'] };
    const response = await oidc.clientCredentialsGrant(m2m, { resource: PRODUCTS, scope: request.scopes.join(' ') });
    const analysis = await inspectToken({
      token: response.access_token,
      issuer: sandbox.issuer,
      expectedAudience: ORDERS,
      requiredScopes: ['delete:products'],
    });
    expect(statusOf(analysis.checks, 'scope')).toBe('fail');
    expect(statusOf(analysis.checks, 'aud')).toBe('fail');
    expect(statusOf(analysis.checks, 'signature')).toBe('pass');

    const diff = diffScopes({
      request,
      token: response.access_token,
      grantedScope: response.scope,
      world: scopeWorldFromTenant(tenantFromWorld(sandbox.world, 'now'), analysis.payload!),
    });
    const row = diff.resources.find((r) => r.resource === PRODUCTS)?.rows.find((r) => r.scope === 'delete:products');
    expect(row).toMatchObject({ requested: true, inToken: false, reason: { code: 'no-role', certainty: 'exact' } });
  });

  it('compares a PAT exchange token with an M2M token for the same API', async () => {
    const exchanged = await oidc.genericGrantRequest(web, 'urn:ietf:params:oauth:grant-type:token-exchange', {
      subject_token: 'pat_SandboxEddieLaptopScript00000001',
      subject_token_type: PAT_TYPE,
      resource: PRODUCTS,
      scope: 'read:products write:products',
    });
    const machine = await oidc.clientCredentialsGrant(m2m, { resource: PRODUCTS, scope: 'read:products' });
    const pat = await inspectToken({
      token: exchanged.access_token,
      issuer: sandbox.issuer,
      expectedAudience: PRODUCTS,
    });
    expect(pat.valid).toBe(true);
    const comparison = compareTokens(
      { raw: exchanged.access_token, label: 'A', hasRefreshToken: Boolean(exchanged.refresh_token) },
      { raw: machine.access_token, label: 'B', hasRefreshToken: Boolean(machine.refresh_token) },
      { subjectNames: { eddie: 'eddie' } },
    );
    expect(comparison.summary[0]).toMatch(/A acts as user eddie with the user's roles; B acts as the app itself/);
    expect(comparison.summary.join(' ')).toMatch(/Only A has write:products/);
    expect(decodeToken(exchanged.access_token).kind).toBe('jwt');
  });
});

describe('one-click PAT vs M2M comparison', () => {
  it('runs both grants on the sandbox and explains the difference', async () => {
    const { comparePatAndM2m } = await import('../../electron/services/inspect/sandbox-comparison.js');
    const result = await comparePatAndM2m(sandbox, { resource: PRODUCTS });
    expect(result.pat.analysis.valid).toBe(true);
    expect(result.m2m.analysis.valid).toBe(true);
    const summary = result.comparison.summary.join(' ');
    expect(summary).toMatch(/PAT exchange acts as user eddie with the user's roles/);
    expect(summary).toMatch(/acts as the app itself \(tokenscope-m2m\) with its M2M roles/);
    // Eddie's editor role and the app's inventory-sync role both stop short of delete:products.
    expect(result.comparison.claims.find((c) => c.claim === 'sub')?.status).toBe('changed');
  });

  it('names the role behind each difference, read from the tokens the sandbox issued', async () => {
    const { comparePatAndM2m } = await import('../../electron/services/inspect/sandbox-comparison.js');
    const result = await comparePatAndM2m(sandbox, { resource: ORDERS });
    expect(result.comparison.summary).toContain(
      "Only PAT exchange has write:orders: eddie's role Editor grants it; the app Inventory sync job (M2M)'s M2M role Inventory sync does not",
    );
  });
});

describe('tokenscope inspect against the sandbox', () => {
  it('exits 0 for its token and 1 when the operation needs a scope the app lacks', async () => {
    const { runCli } = await import('../../electron/cli/main.js');
    const { PassThrough, Readable } = await import('node:stream');
    const { access_token } = await oidc.clientCredentialsGrant(m2m, { resource: PRODUCTS, scope: 'read:products' });
    const run = async (...extra: string[]) => {
      const stdout = new PassThrough();
      let out = '';
      stdout.on('data', (chunk) => (out += chunk));
      const code = await runCli(
        ['inspect', access_token, '--issuer', sandbox.issuer, '--audience', PRODUCTS, '--json', ...extra],
        {
          stdout,
          stderr: new PassThrough(),
          stdin: Readable.from([]),
          env: {},
        },
      );
      return { code, json: JSON.parse(out) };
    };
    const ok = await run('--require-scope', 'read:products');
    expect(ok.code).toBe(0);
    expect(ok.json.valid).toBe(true);
    const missing = await run('--require-scope', 'delete:products');
    expect(missing.code).toBe(1);
    expect(missing.json.checks.find((c: { id: string }) => c.id === 'scope').status).toBe('fail');
  });
});
