import { describe, expect, it } from 'vitest';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { answerEarly } from '../../renderer/src/api/answer-early.js';

/** An API that counts what it was asked and answers with the call's number, or fails when told to. */
function countingApi(fail = new Set<string>()) {
  const asked: string[] = [];
  const api = new Proxy({} as TokenscopeApi, {
    get: (_target, name) =>
      typeof name !== 'string' || name === 'then'
        ? undefined
        : async (argument?: unknown) => {
            asked.push(`${name} ${JSON.stringify(argument ?? null)}`);
            if (fail.has(name)) throw new Error(`${name} failed`);
            return asked.length;
          },
  });
  return { api, asked };
}

describe('answerEarly', () => {
  it('sends the reads at once, and the first identical call takes the answer without asking again', async () => {
    const { api, asked } = countingApi();
    const early = answerEarly(api, [['listRuns', { workspaceId: 'default' }], ['getAppInfo']]);
    expect(asked).toEqual(['listRuns {"workspaceId":"default"}', 'getAppInfo null']);
    expect(await early.getAppInfo()).toBe(2);
    expect(await early.listRuns({ workspaceId: 'default' })).toBe(1);
    expect(asked).toHaveLength(2);
  });

  it('asks anew for a second call, and for the same method with another argument', async () => {
    const { api, asked } = countingApi();
    const early = answerEarly(api, [['listRuns', { workspaceId: 'default' }]]);
    await early.listRuns({ workspaceId: 'default' });
    expect(await early.listRuns({ workspaceId: 'default' })).toBe(2);
    expect(await early.listRuns({ workspaceId: 'other' })).toBe(3);
    expect(asked.slice(1)).toEqual(['listRuns {"workspaceId":"default"}', 'listRuns {"workspaceId":"other"}']);
  });

  it('hands a failed read to the call that takes it, with no unhandled rejection before that', async () => {
    const { api } = countingApi(new Set(['listWorkspaces']));
    const early = answerEarly(api, [['listWorkspaces']]);
    await new Promise((resolve) => setTimeout(resolve, 10)); // an unhandled rejection would surface here
    await expect(early.listWorkspaces()).rejects.toThrow('listWorkspaces failed');
  });

  it('does not look like a promise, as the API it wraps does not', () => {
    const { api } = countingApi();
    expect((answerEarly(api, []) as unknown as { then?: unknown }).then).toBeUndefined();
  });
});
