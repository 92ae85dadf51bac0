// Issue 13: a token that arrived with a run is inspected by the run's id; it never crosses back to the main side.
import { describe, expect, it } from 'vitest';
import type { ScopeDiff } from '../../shared/inspect/scope-diff.js';
import type { TokenAnalysis } from '../../shared/inspect/analyze-token.js';
import { createAppStores } from '../../renderer/src/stores/app-stores.js';
import type { RunToken } from '../../renderer/src/stores/inspector-store.js';
import { fakeApi, fakeEvents } from './renderer-stores-fakes.js';

const TOKEN = 'eyJhbGciOiJFUzM4NCJ9.eyJzdWIiOiJtMm0ifQ.c2lnbmF0dXJl';
const analysis = { kind: 'access_token', valid: true } as unknown as TokenAnalysis;
const runScopes = { rows: [{ scope: 'read:a' }] } as unknown as ScopeDiff;
const request = { resources: ['https://api'], scopes: ['read:a'], grantedScope: 'read:a' };

async function setUp() {
  const fake = fakeApi({
    listWorkspaces: { workspaces: [], notices: [] },
    inspectRun: analysis,
    inspectToken: analysis,
    explainScopes: runScopes,
  });
  const stores = await createAppStores({ api: fake.api, subscribe: fakeEvents().subscribe, openUrl: () => undefined });
  /** Every argument the renderer sent, as it crossed: the token must be in none of them. */
  const sentTokens = () => fake.calls.filter((c) => JSON.stringify(c.argument ?? null).includes(TOKEN));
  return { ...fake, inspector: stores.inspector, sentTokens };
}

const fromRun: RunToken = { runId: 'run-1', token: TOKEN, issuer: 'http://issuer', resource: 'https://api' };

describe("inspector store: a run's token is checked by the run's id, never sent back", () => {
  it.each([
    ['with the scope table made with the run', { ...fromRun, request, scopes: runScopes }, runScopes],
    [
      'without one (an ID token, an explanation that failed)',
      { ...fromRun, which: 'id_token' as const, request },
      undefined,
    ],
    ['picked from the session, with no request', fromRun, undefined],
  ] as [string, RunToken, ScopeDiff | undefined][])('%s', async (_case, run, table) => {
    const { inspector, named, sentTokens } = await setUp();
    await inspector.getState().inspectRun(run);
    expect(named('inspectRun').map((c) => c.argument)).toEqual([
      {
        runId: 'run-1',
        which: run.which ?? 'access_token',
        issuer: 'http://issuer',
        expectedAudience: 'https://api',
        requiredScopes: [],
        clockSkewSeconds: 0,
      },
    ]);
    expect(named('inspectToken')).toEqual([]);
    expect(named('explainScopes')).toEqual([]);
    expect(sentTokens()).toEqual([]);
    expect(inspector.getState().analysis).toEqual(analysis);
    expect(inspector.getState().scopes).toBe(table);
    expect(inspector.getState().input.token).toBe(TOKEN);
  });

  it('checked again with other options (audience, scopes, skew): still by the run id', async () => {
    const { inspector, named, sentTokens } = await setUp();
    await inspector.getState().inspectRun({ ...fromRun, request, scopes: runScopes });
    inspector.getState().edit({ expectedAudience: 'https://other', requiredScopes: 'write:a', clockSkewSeconds: 30 });
    await inspector.getState().inspect();
    expect(named('inspectRun').at(-1)?.argument).toMatchObject({
      runId: 'run-1',
      expectedAudience: 'https://other',
      requiredScopes: ['write:a'],
      clockSkewSeconds: 30,
    });
    expect(sentTokens()).toEqual([]);
  });

  it('a token that came with its analysis (the sandbox comparison) is shown without any call', async () => {
    const { inspector, calls } = await setUp();
    inspector.getState().showAnalysis({ token: TOKEN, issuer: 'http://issuer', resource: 'https://api', analysis });
    expect(calls).toEqual([]);
    expect(inspector.getState().analysis).toBe(analysis);
    expect(inspector.getState().input).toMatchObject({ token: TOKEN, expectedAudience: 'https://api' });
  });

  it("a pasted or edited token is no longer the run's: it is inspected by value, as before", async () => {
    const { inspector, named } = await setUp();
    await inspector.getState().inspectRun({ ...fromRun, request, scopes: runScopes });
    await inspector.getState().paste('pasted.to.ken');
    inspector.getState().edit({ token: 'typed.to.ken' });
    await inspector.getState().inspect();
    expect(named('inspectRun')).toHaveLength(1);
    expect(named('inspectToken').map((c) => (c.argument as { token: string }).token)).toEqual([
      'pasted.to.ken',
      'typed.to.ken',
    ]);
  });
});
