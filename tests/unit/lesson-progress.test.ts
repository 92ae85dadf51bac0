import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunRecord } from '../../shared/contract/run-record.js';
import type { HistoryEntry } from '../../shared/replay/types.js';
import { createLessonApi } from '../../electron/services/lessons/lesson-api.js';
import { LessonProgressStore } from '../../electron/services/lessons/lesson-progress-store.js';

const PRODUCTS = 'https://products.tokenscope.test';

function signIn(at: string, resources: string[], token: 'opaque' | Record<string, unknown>): RunRecord {
  const accessToken =
    token === 'opaque'
      ? { kind: 'opaque' as const, raw: 'o'.repeat(43), reason: 'Not a JWT' }
      : { kind: 'jwt' as const, header: { typ: 'at+jwt' }, payload: token, raw: 'eyJ…' };
  return {
    id: `run-${at}`,
    workspaceId: 'default',
    connectionId: 'sandbox',
    connectionName: 'Sandbox',
    clientId: 'tokenscope-native',
    grant: 'authorization_code',
    label: 'Sign-in',
    at,
    request: { resources, scopes: ['openid'] },
    result: {
      ok: true,
      grant: 'authorization_code',
      issuer: 'http://127.0.0.1/oidc',
      durationMs: 1,
      timeline: [],
      tokenResponse: {},
      accessToken,
    },
  };
}

describe('lesson progress on the main side', () => {
  let dataDir: string;
  let runs: RunRecord[];
  let clock: Date;
  const api = () =>
    createLessonApi({
      progress: new LessonProgressStore(dataDir),
      workspaceOf: async (id = 'default') => {
        if (id !== 'default') throw new Error(`There is no workspace "${id}".`);
        return id;
      },
      runs: async () => runs,
      history: {
        list: async () => ({ total: 0, offset: 0, entries: [] }),
        entry: async () => undefined as HistoryEntry | undefined,
      },
      now: () => clock,
    });

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tokenscope-lessons-'));
    runs = [];
    clock = new Date('2026-12-07T10:00:00.000Z');
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('counts only what came after the start, keeps the pass, and survives a restart', async () => {
    runs = [
      signIn('2026-12-07T09:00:00.000Z', [], 'opaque'),
      signIn('2026-12-07T09:01:00.000Z', [PRODUCTS], { sub: 'vera', aud: PRODUCTS, client_id: 'tokenscope-native' }),
    ];
    const first = api();
    await first.startLesson({ lessonId: 'api-resources' });
    const before = await first.checkLesson({ lessonId: 'api-resources' });
    expect(before.check.passed).toBe(false); // the tokens came before the lesson started

    runs.push(
      signIn('2026-12-07T10:05:00.000Z', [], 'opaque'),
      signIn('2026-12-07T10:06:00.000Z', [PRODUCTS], { sub: 'vera', aud: PRODUCTS, client_id: 'tokenscope-native' }),
    );
    clock = new Date('2026-12-07T10:07:00.000Z');
    const after = await first.checkLesson({ lessonId: 'api-resources' });
    expect(after.check.passed).toBe(true);
    expect(after.progress.lessons['api-resources']?.passedAt).toBe('2026-12-07T10:07:00.000Z');

    const reopened = await api().getLessonProgress({});
    expect(reopened.lessons['api-resources']).toEqual({
      startedAt: '2026-12-07T10:00:00.000Z',
      passedAt: '2026-12-07T10:07:00.000Z',
    });
  });

  it("keeps the user's first world, not the default one a second reset replaced", async () => {
    const lessons = api();
    await lessons.keepWorldBeforeLesson({ lessonId: 'organizations', text: 'mine: true', usingDefaultWorld: false });
    const second = await lessons.keepWorldBeforeLesson({
      lessonId: 'api-resources',
      text: 'x',
      usingDefaultWorld: true,
    });
    expect(second.worldBefore).toMatchObject({
      lessonId: 'organizations',
      text: 'mine: true',
      usingDefaultWorld: false,
    });
    expect((await api().forgetWorldBeforeLesson({})).worldBefore).toBeUndefined();
  });

  it('refuses a workspace that does not exist, with the reason', async () => {
    await expect(api().startLesson({ workspaceId: 'nope', lessonId: 'api-resources' })).rejects.toThrow(/no workspace/);
  });
});

describe('a damaged progress file', () => {
  it('is restored from its backup, and the user is told', async () => {
    const { writeFile } = await import('node:fs/promises');
    const dataDir = await mkdtemp(join(tmpdir(), 'tokenscope-lessons-damaged-'));
    try {
      const first = new LessonProgressStore(dataDir);
      await first.updateLesson('default', 'api-resources', { startedAt: '2026-12-07T10:00:00.000Z' });
      await first.updateLesson('default', 'api-resources', { passedAt: '2026-12-07T10:07:00.000Z' });
      await writeFile(join(dataDir, 'lessons', 'default.json'), '{ "lessons": ');

      const reopened = await new LessonProgressStore(dataDir).get('default');
      expect(reopened.lessons['api-resources']).toEqual({ startedAt: '2026-12-07T10:00:00.000Z' });
      expect(reopened.notices?.join(' ')).toMatch(/lesson progress/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
