import { describe, expect, it } from 'vitest';
import type { FlowResult } from '../../shared/contract/flow.js';
import type { TokenscopeEvent } from '../../shared/contract/events.js';
import type { AwaitAuthorizationResult, FlowApi } from '../../shared/contract/methods/flow-methods.js';
import { createEventHub } from '../../electron/services/events/event-hub.js';
import type { ConnectionKnowledgeStore } from '../../electron/services/knowledge/connection-knowledge-store.js';
import { recordingFlows } from '../../electron/services/runs/recording-flows.js';
import { RunLog } from '../../electron/services/runs/run-log.js';

const request = { connectionId: 'c1', clientId: 'spa', resources: [], scope: 'openid' };

/** A flow API whose one sign-in (state s1) ends when the test says, as the engine's long poll would see it. */
function setUp() {
  let finish!: (answer: AwaitAuthorizationResult) => void;
  const answer = new Promise<AwaitAuthorizationResult>((resolve) => (finish = resolve));
  const flows = {
    startAuthorization: async () => ({
      status: 'waiting',
      authorizationUrl: 'x',
      state: 's1',
      redirectUri: 'y',
      expiresAt: 0,
    }),
    awaitAuthorization: () => answer,
  } as unknown as FlowApi;
  const hub = createEventHub();
  const heard: TokenscopeEvent[] = [];
  hub.subscribe((event) => heard.push(event));
  const log = new RunLog();
  const knowledge = { learn: async () => undefined } as unknown as ConnectionKnowledgeStore;
  const place = async () => ({ workspaceId: 'default', connectionName: 'C1' });
  const recorded = recordingFlows(flows, async () => ({}) as FlowResult, { log, knowledge, place, events: hub });
  return { recorded, finish, heard, log };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a sign-in that ends is pushed to the renderer, which no longer polls', () => {
  it('done: the run is listed, and the event names it', async () => {
    const { recorded, finish, heard, log } = setUp();
    await recorded.startAuthorization(request);
    expect(heard).toEqual([]);
    finish({ status: 'done', result: { ok: true, runId: 'run-7' } as FlowResult });
    await tick();
    expect(heard).toEqual([{ type: 'authorization-ended', state: 's1', end: { status: 'done', runId: 'run-7' } }]);
    expect(log.list('default').map((r) => r.id)).toEqual(['run-7']);
  });

  it('gone: the event carries the reason', async () => {
    const { recorded, finish, heard } = setUp();
    await recorded.startAuthorization(request);
    finish({ status: 'gone', message: 'Expired: start again.' });
    await tick();
    expect(heard).toEqual([
      { type: 'authorization-ended', state: 's1', end: { status: 'gone', message: 'Expired: start again.' } },
    ]);
  });

  it("waited on by an old caller too (the CLI's awaitAuthorization), it is told once", async () => {
    const { recorded, finish, heard } = setUp();
    await recorded.startAuthorization(request);
    const oldCaller = recorded.awaitAuthorization({ state: 's1' });
    finish({ status: 'done', result: { ok: true, runId: 'run-8' } as FlowResult });
    expect(await oldCaller).toMatchObject({ status: 'done' });
    await tick();
    expect(heard).toEqual([{ type: 'authorization-ended', state: 's1', end: { status: 'done', runId: 'run-8' } }]);
  });
});

describe("a run's scopes are explained with the run, not by sending its token back", () => {
  const jwtResult = {
    ok: true,
    runId: 'run-9',
    accessToken: { kind: 'jwt' },
    tokenResponse: { access_token: 'header.payload.sig', scope: 'read:a' },
  } as unknown as FlowResult;

  function recordOne(result: FlowResult) {
    const asked: unknown[] = [];
    const log = new RunLog();
    const recorded = recordingFlows({} as FlowApi, async () => result, {
      log,
      knowledge: { learn: async () => undefined } as unknown as ConnectionKnowledgeStore,
      place: async () => ({ workspaceId: 'default', connectionName: 'C1' }),
      explainScopes: (question) => {
        asked.push(question);
        return { rows: [] } as never;
      },
    });
    return { recorded, asked, log };
  }

  it('a JWT access token: explained once, API permissions only, kept on the run record', async () => {
    const { recorded, asked, log } = recordOne(jwtResult);
    await recorded.runClientCredentials({
      ...request,
      scope: 'openid offline_access read:a write:a',
      resources: ['https://api'],
    });
    expect(asked).toEqual([
      {
        token: 'header.payload.sig',
        request: { resources: ['https://api'], scopes: ['read:a', 'write:a'] },
        grantedScope: 'read:a',
      },
    ]);
    expect(log.find('run-9')?.scopes).toEqual({ rows: [] });
  });

  it('an opaque access token: explained too, so the run still shows its table (why no API can read the scopes)', async () => {
    const { recorded, asked, log } = recordOne({ ...jwtResult, accessToken: { kind: 'opaque' } } as never);
    await recorded.runClientCredentials({ ...request, scope: 'read:a', resources: ['https://api'] });
    expect(asked).toHaveLength(1);
    expect(log.find('run-9')?.scopes).toEqual({ rows: [] });
  });

  it.each([
    ['a malformed access token', { ...jwtResult, accessToken: { kind: 'malformed' } }],
    ['a failed run', { ok: false, runId: 'run-9', error: {} }],
  ])('%s: nothing to explain', async (_name, result) => {
    const { recorded, asked, log } = recordOne(result as unknown as FlowResult);
    await recorded.runClientCredentials(request);
    expect(asked).toEqual([]);
    expect(log.find('run-9')?.scopes).toBeUndefined();
  });
});

describe('a refresh without scope is explained against what the run it refreshes asked for', () => {
  it.each([
    ['no scope sent: the original request (RFC 6749 §6: the same scope as granted)', '', ['read:a', 'write:a']],
    ['a narrower scope sent: that one', 'read:a', ['read:a']],
  ])('%s', async (_name, scope, expected) => {
    const asked: { request: { scopes: string[] } }[] = [];
    const log = new RunLog();
    const result = (runId: string) =>
      ({
        ok: true,
        runId,
        accessToken: { kind: 'jwt' },
        tokenResponse: { access_token: 'h.p.s', scope: 'read:a' },
      }) as unknown as FlowResult;
    const flows = { runRefresh: async () => result('run-2') } as unknown as FlowApi;
    const recorded = recordingFlows(flows, async () => result('run-1'), {
      log,
      knowledge: { learn: async () => undefined } as unknown as ConnectionKnowledgeStore,
      place: async () => ({ workspaceId: 'default', connectionName: 'C1' }),
      explainScopes: (question) => {
        asked.push(question as never);
        return { rows: [] } as never;
      },
    });
    await recorded.runClientCredentials({
      connectionId: 'c1',
      clientId: 'app',
      resources: ['https://api'],
      scope: 'openid read:a write:a',
    } as never);
    await recorded.runRefresh({ fromRunId: 'run-1', resources: ['https://api'], scope });
    expect(asked[1]?.request.scopes).toEqual(expected);
    expect(log.find('run-2')?.request.scopes).toEqual(scope ? [scope] : ['openid', 'read:a', 'write:a']);
  });
});
