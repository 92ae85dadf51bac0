import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { readTenant } from '../../electron/services/tenant/tenant-reader.js';
import { createReadTenants } from '../../electron/services/tenant-explain/read-tenants.js';
import { explainScopes } from '../../electron/services/api/inspect-api.js';
import type { ScopeDiff } from '../../shared/inspect/scope-diff.js';
import { pkceSignIn } from '../support/pkce-sign-in.js';
import { sandboxClient } from '../support/sandbox-client.js';

const PRODUCTS = 'https://products.tokenscope.test';
const ORDERS = 'https://orders.tokenscope.test';
const EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const PAT_TYPE = 'urn:logto:token-type:personal_access_token';

let sandbox: SandboxHandle;
const readTenants = createReadTenants();
const secretOf = (clientId: string) => sandbox.clients.find((c) => c.clientId === clientId)!.clientSecret!;

async function signInFor(user: string, scope: string, resources: string[]) {
  const native = await sandboxClient(sandbox, 'tokenscope-native');
  const { callback, verifier } = await pkceSignIn(native, user, { scope, resources, prompt: 'consent' });
  // With openid and no resource at the token endpoint, Logto answers with an opaque token: ask for the first API.
  const tokens = await oidc.authorizationCodeGrant(
    native,
    callback,
    { pkceCodeVerifier: verifier, expectedState: oidc.skipStateCheck },
    { resource: resources[0]! },
  );
  return { native, tokens };
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const outcome = await readTenant({
    issuer: sandbox.issuer,
    credentials: { clientId: 'tokenscope-admin-script', clientSecret: secretOf('tokenscope-admin-script') },
    readId: 'explain',
  });
  expect(outcome.tenant?.completeness.complete).toBe(true);
  readTenants.remember({
    connectionId: 'c',
    readId: 'r',
    status: 'complete',
    tenant: outcome.tenant!,
    requests: 1,
    durationMs: 1,
    cached: false,
  });
});
afterAll(async () => {
  await sandbox?.close();
});

type Asked = { resources: string[]; scopes: string[]; organizationId?: string };
/** Every reason and grant note of a table, with where it was read left out: the words must be the same. */
const words = (diff: ScopeDiff, source: string) =>
  JSON.stringify([diff.resources, diff.identity, diff.summary]).replaceAll(source, '<source>');
const rowOf = (diff: ScopeDiff, scope: string) => diff.resources.flatMap((r) => r.rows).find((r) => r.scope === scope);

/**
 * Each token kind issued by the sandbox, explained twice: by the sandbox's own world, and (as for any Logto tenant)
 * by the tenant read over its Management API. The reasons must be exact and worded the same.
 */
async function explainedTwice(token: string, request: Asked, grantedScope?: string) {
  const question = { token, request, ...(grantedScope ? { grantedScope } : {}) };
  const byWorld = explainScopes(question, sandbox);
  const byRead = explainScopes(question, undefined, readTenants.forIssuer);
  expect(byRead.source).toMatch(/^the tenant http:\/\/127\.0\.0\.1:\d+ \(read at /);
  expect(words(byRead, byRead.source!)).toBe(words(byWorld, byWorld.source!));
  return byRead;
}

describe('explaining real tokens with a tenant read through its Management API', () => {
  it('user sign-in, its refresh and its organization token', async () => {
    const asked = { resources: [PRODUCTS], scopes: ['read:products', 'write:products', 'delete:products'] };
    const { native, tokens } = await signInFor(
      'eddie',
      `openid offline_access urn:logto:scope:organizations invite:member ${asked.scopes.join(' ')}`,
      [PRODUCTS, 'urn:logto:resource:organizations'],
    );
    const signedIn = await explainedTwice(tokens.access_token, asked, tokens.scope);
    expect(rowOf(signedIn, 'delete:products')?.reason).toMatchObject({ code: 'no-role', certainty: 'exact' });
    expect(rowOf(signedIn, 'delete:products')?.reason?.message).toMatch(
      /^eddie has role Editor; it does not grant delete:products; role Admin does\./,
    );
    expect(rowOf(signedIn, 'write:products')?.grantedBy?.message).toBe("eddie's role Editor grants it");

    const refreshed = await oidc.refreshTokenGrant(native, tokens.refresh_token!, { resource: PRODUCTS });
    const afterRefresh = await explainedTwice(refreshed.access_token, asked, refreshed.scope);
    expect(rowOf(afterRefresh, 'delete:products')?.reason?.message).toMatch(/^eddie has role Editor/);

    const org = await oidc
      .refreshTokenGrant(native, refreshed.refresh_token ?? tokens.refresh_token!, {
        organization_id: 'acme',
        scope: 'invite:member',
      })
      .catch((error: oidc.ResponseBodyError) => {
        throw new Error(`${error.error}: ${error.error_description}`);
      });
    const orgAsked = { resources: [], scopes: ['invite:member'], organizationId: 'acme' };
    const organization = await explainedTwice(org.access_token, orgAsked, org.scope);
    expect(organization.resources.flatMap((r) => r.rows)[0]?.reason?.message).toMatch(
      /^eddie has organization role member in organization Acme Inc\.; it does not grant invite:member; organization role admin does/,
    );

    const idToken = explainScopes({ token: tokens.id_token!, request: asked }, undefined, readTenants.forIssuer);
    expect(idToken.idToken).toEqual({ client: 'tokenscope-native' });
    expect(rowOf(idToken, 'delete:products')?.reason?.code).toBe('id-token');
  });

  it('M2M client credentials, and an M2M organization token with resource', async () => {
    const m2m = await sandboxClient(sandbox, 'tokenscope-m2m');
    const asked = { resources: [ORDERS], scopes: ['read:orders', 'write:orders'] };
    const issued = await oidc.clientCredentialsGrant(m2m, { resource: ORDERS, scope: 'read:orders write:orders' });
    const plain = await explainedTwice(issued.access_token, asked, issued.scope);
    expect(rowOf(plain, 'write:orders')?.reason?.message).toMatch(
      /^the app Inventory sync job \(M2M\) has M2M role Inventory sync; it does not grant write:orders; no M2M role in the tenant http:\/\/127\.0\.0\.1:\d+ \(read at [^)]+\) grants it\./,
    );
    const orgAsked = { resources: [PRODUCTS], scopes: ['read:products', 'write:products'], organizationId: 'acme' };
    const inAcme = await oidc.clientCredentialsGrant(m2m, {
      resource: PRODUCTS,
      organization_id: 'acme',
      scope: 'read:products write:products',
    });
    const organization = await explainedTwice(inAcme.access_token, orgAsked, inAcme.scope);
    expect(rowOf(organization, 'read:products')?.grantedBy?.message).toMatch(/organization role member grants it$/);
    expect(rowOf(organization, 'write:products')?.reason?.message).toMatch(
      /global M2M role Inventory sync grants write:products, but an organization token draws on organization roles only/,
    );
  });

  it('PAT exchange: acts as the user, named with the user roles', async () => {
    const web = await sandboxClient(sandbox, 'tokenscope-web');
    const asked = { resources: [PRODUCTS], scopes: ['read:products', 'delete:products'] };
    const exchanged = await oidc.genericGrantRequest(web, EXCHANGE, {
      subject_token: 'pat_SandboxEddieLaptopScript00000001',
      subject_token_type: PAT_TYPE,
      resource: PRODUCTS,
      scope: 'read:products delete:products',
    });
    const diff = await explainedTwice(exchanged.access_token, asked, exchanged.scope);
    expect(rowOf(diff, 'read:products')?.grantedBy?.message).toBe("eddie's role Editor grants it");
    expect(rowOf(diff, 'delete:products')?.reason?.message).toMatch(/^eddie has role Editor; it does not grant delete/);
  });
});
