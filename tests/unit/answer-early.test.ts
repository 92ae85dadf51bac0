import { describe, expect, it } from 'vitest';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { answerEarly } from '../../renderer/src/api/answer-early.js';
import { firstScreenAnswers } from '../../renderer/src/api/first-screen-answers.js';
import type { AppInfo } from '../../shared/contract/app-info.js';
import type { RunRecord } from '../../shared/contract/run-record.js';

/** An API that records what it was asked and answers with the call's number, or fails the methods it is told to. */
function countingApi(fail = new Set<string>(), answers: Record<string, unknown> = {}) {
  const asked: string[] = [];
  const api = new Proxy({} as TokenscopeApi, {
    get: (_target, name) =>
      typeof name !== 'string' || name === 'then'
        ? undefined
        : async (argument?: unknown) => {
            asked.push(`${name} ${JSON.stringify(argument ?? null)}`);
            if (fail.has(name)) throw new Error(`${name} failed`);
            return answers[name] ?? asked.length;
          },
  });
  return { api, asked };
}

const runs = (answer: Promise<RunRecord[]>) => ({
  method: 'listRuns' as const,
  argument: { workspaceId: 'default' },
  answer,
});
const appInfo = {} as AppInfo;

describe('answerEarly', () => {
  it('lets the first identical call take the answer on its way, without asking again', async () => {
    const { api, asked } = countingApi();
    const early = answerEarly(api, [
      runs(Promise.resolve([])),
      { method: 'getAppInfo', answer: Promise.resolve(appInfo) },
    ]).api;
    expect(await early.getAppInfo()).toBe(appInfo);
    expect(await early.listRuns({ workspaceId: 'default' })).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('serves two identical calls from two early answers, in order', async () => {
    const { api, asked } = countingApi();
    const early = answerEarly(api, [runs(Promise.resolve([])), runs(Promise.resolve([]))]).api;
    await early.listRuns({ workspaceId: 'default' });
    await early.listRuns({ workspaceId: 'default' });
    expect(asked).toEqual([]);
    expect(await early.listRuns({ workspaceId: 'default' })).toBe(1);
  });

  it('asks anew for a second call, and for the same method with another argument', async () => {
    const { api, asked } = countingApi();
    const early = answerEarly(api, [runs(Promise.resolve([]))]).api;
    await early.listRuns({ workspaceId: 'default' });
    expect(await early.listRuns({ workspaceId: 'default' })).toBe(1);
    expect(await early.listRuns({ workspaceId: 'other' })).toBe(2);
    expect(asked).toEqual(['listRuns {"workspaceId":"default"}', 'listRuns {"workspaceId":"other"}']);
  });

  it('hands a failed answer to the call that takes it, with no unhandled rejection before that', async () => {
    const { api } = countingApi();
    const early = answerEarly(api, [runs(Promise.reject(new Error('listRuns failed')))]).api;
    await new Promise((resolve) => setTimeout(resolve, 10)); // an unhandled rejection would surface here
    await expect(early.listRuns({ workspaceId: 'default' })).rejects.toThrow('listRuns failed');
  });

  it('serves no answer left untaken once forgotten: a later read asks anew', async () => {
    const { api, asked } = countingApi();
    const early = answerEarly(api, [runs(Promise.resolve([])), runs(Promise.resolve([]))]);
    await early.api.listRuns({ workspaceId: 'default' });
    early.forget();
    expect(await early.api.listRuns({ workspaceId: 'default' })).toBe(1);
    expect(asked).toEqual(['listRuns {"workspaceId":"default"}']);
  });

  it("hands out every other method as the API's own, so a large argument is never serialised for a lookup", () => {
    const applySandboxWorld = async () => ({}) as never;
    const api = { listRuns: async () => [], applySandboxWorld } as unknown as TokenscopeApi;
    expect(answerEarly(api, [runs(Promise.resolve([]))]).api.applySandboxWorld).toBe(applySandboxWorld);
  });

  it('does not look like a promise, as the API it wraps does not', () => {
    const { api } = countingApi();
    expect((answerEarly(api, []).api as unknown as { then?: unknown }).then).toBeUndefined();
  });
});

describe('firstScreenAnswers', () => {
  const screen = {
    appInfo: { name: 'Tokenscope' },
    workspaces: { workspaces: [] },
    connections: [{ id: 'c' }],
    runs: [],
  };

  it("asks once, and answers the stores' four first loads with its parts", async () => {
    const { api, asked } = countingApi(new Set(), { getFirstScreen: screen });
    const early = answerEarly(api, firstScreenAnswers(api)).api;
    expect(await early.getAppInfo()).toBe(screen.appInfo);
    expect(await early.listWorkspaces()).toBe(screen.workspaces);
    expect(await early.listConnections({ workspaceId: 'default' })).toBe(screen.connections);
    expect(await early.listRuns({ workspaceId: 'default' })).toBe(screen.runs);
    // The notices' refresh after the connections' first load: answered too, not asked again.
    expect(await early.listWorkspaces()).toBe(screen.workspaces);
    expect(asked).toEqual(['getFirstScreen {"workspaceId":"default"}']);
    expect(await early.listWorkspaces()).toEqual(expect.any(Number)); // a third asks anew
  });

  it('falls back to each read on its own when the one call fails, so each store gets its own answer or error', async () => {
    const { api, asked } = countingApi(new Set(['getFirstScreen', 'listRuns']));
    const early = answerEarly(api, firstScreenAnswers(api)).api;
    await expect(early.listRuns({ workspaceId: 'default' })).rejects.toThrow('listRuns failed');
    expect(await early.listWorkspaces()).toEqual(expect.any(Number));
    // Each read asked alone, with its own argument (never the failure handed to the fallback).
    expect(asked.slice(1).sort()).toEqual([
      'getAppInfo null',
      'listConnections {"workspaceId":"default"}',
      'listRuns {"workspaceId":"default"}',
      'listWorkspaces null',
      'listWorkspaces null',
    ]);
  });
});
