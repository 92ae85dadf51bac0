import { describe, expect, it } from 'vitest';
import type { LessonProgress } from '../../shared/contract/lesson-progress.js';
import { createLessonsStore } from '../../renderer/src/stores/lessons-store.js';
import { fakeApi } from './renderer-stores-fakes.js';

const MINE = 'defaultResource: https://mine.example\n';
const progress = (patch: Partial<LessonProgress> = {}): LessonProgress => ({
  workspaceId: 'w1',
  lessons: {},
  ...patch,
});
const failing = { passed: false, criteria: [{ label: 'a', met: false, detail: 'Not yet' }] };

describe('the lessons store', () => {
  it('starts a lesson the first time it is opened, not again, and checks it each time', async () => {
    const { api, named } = fakeApi({
      getLessonProgress: progress(),
      startLesson: progress({ lessons: { 'api-resources': { startedAt: '2026-12-07T10:00:00.000Z' } } }),
      checkLesson: ({ lessonId }: { lessonId: string }) => ({
        lessonId,
        check: failing,
        progress: progress({ lessons: { [lessonId]: { startedAt: '2026-12-07T10:00:00.000Z' } } }),
      }),
    });
    const store = createLessonsStore({ api, workspaceId: () => 'w1', onWorldChanged: () => undefined });
    await store.getState().open('api-resources');
    store.getState().close();
    await store.getState().open('api-resources');
    expect(named('startLesson')).toHaveLength(1);
    expect(named('checkLesson').map((c) => c.argument)).toEqual([
      { workspaceId: 'w1', lessonId: 'api-resources' },
      { workspaceId: 'w1', lessonId: 'api-resources' },
    ]);
    expect(store.getState().checks['api-resources']).toEqual(failing);
  });

  it("keeps the user's world before resetting, and Undo applies it again", async () => {
    let kept: LessonProgress['worldBefore'];
    const changed: string[] = [];
    const { api, named } = fakeApi({
      getLessonProgress: () => progress(kept ? { worldBefore: kept } : {}),
      startLesson: progress(),
      checkLesson: { lessonId: 'organizations', check: failing, progress: progress() },
      getSandbox: { worldText: MINE, usingDefaultWorld: false },
      keepWorldBeforeLesson: (a: { lessonId: string; text: string; usingDefaultWorld: boolean }) => {
        kept = { lessonId: a.lessonId, at: 'now', text: a.text, usingDefaultWorld: a.usingDefaultWorld };
        return progress({ worldBefore: kept });
      },
      resetSandboxWorld: {},
      applySandboxWorld: { ok: true, state: {} },
      forgetWorldBeforeLesson: () => {
        kept = undefined;
        return progress();
      },
    });
    const store = createLessonsStore({ api, workspaceId: () => 'w1', onWorldChanged: () => changed.push('world') });
    await store.getState().open('organizations');
    await store.getState().resetWorld();
    expect(named('keepWorldBeforeLesson')[0]!.argument).toMatchObject({ text: MINE, usingDefaultWorld: false });
    expect(named('resetSandboxWorld')).toHaveLength(1);
    expect(store.getState().progress?.worldBefore?.text).toBe(MINE);

    await store.getState().undoWorld();
    expect(named('applySandboxWorld').map((c) => c.argument)).toEqual([{ text: MINE }]);
    expect(store.getState().progress?.worldBefore).toBeUndefined();
    expect(changed).toEqual(['world', 'world']);
  });

  it('keeps the world for Undo when it no longer applies, and says why', async () => {
    const kept = { lessonId: 'organizations', at: 'now', text: MINE, usingDefaultWorld: false };
    const { api, named } = fakeApi({
      getLessonProgress: progress({ worldBefore: kept }),
      startLesson: progress({ worldBefore: kept }),
      checkLesson: { lessonId: 'organizations', check: failing, progress: progress({ worldBefore: kept }) },
      applySandboxWorld: { ok: false, problems: [{ message: 'line 1: unknown field' }] },
    });
    const store = createLessonsStore({ api, workspaceId: () => 'w1', onWorldChanged: () => undefined });
    await store.getState().open('organizations');
    await store.getState().undoWorld();
    expect(named('forgetWorldBeforeLesson')).toHaveLength(0);
    expect(store.getState().callError).toMatch(/no longer applies \(line 1: unknown field\).*still kept/);
  });
});
