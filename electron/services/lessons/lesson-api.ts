import type { LessonApi } from '../../../shared/contract/methods/lesson-methods.js';
import type { RunRecord } from '../../../shared/contract/run-record.js';
import type { HistoryEntry, HistoryPage } from '../../../shared/replay/types.js';
import { findLesson } from '../../../shared/lessons/all-lessons.js';
import { evidenceSince } from '../../../shared/lessons/lesson-evidence.js';
import type { LessonProgressStore } from './lesson-progress-store.js';

/**
 * The newest API calls a check reads. A lesson asks for two or three calls made after it started; fifty leaves
 * room for the user's own calls in between without reading a whole 10,000-entry history per check.
 */
export const CALLS_READ_PER_CHECK = 50;

export interface LessonApiDeps {
  progress: LessonProgressStore;
  /** The workspace's id, checked to exist; the default workspace when none is named. */
  workspaceOf(workspaceId?: string): Promise<string>;
  runs(workspaceId: string): Promise<RunRecord[]>;
  history: {
    list(request: { workspaceId: string; limit: number }): Promise<HistoryPage>;
    entry(id: string): Promise<HistoryEntry | undefined>;
  };
  now?: () => Date;
}

/** Progress per workspace, and each lesson's check run here against the runs and calls the main side recorded. */
export function createLessonApi(deps: LessonApiDeps): LessonApi {
  const now = () => (deps.now?.() ?? new Date()).toISOString();
  const lessonOf = (id: string) => {
    const lesson = findLesson(id);
    if (!lesson) throw new Error(`There is no lesson "${id}". Pick one from the Lessons view.`);
    return lesson;
  };

  const calls = async (workspaceId: string): Promise<HistoryEntry[]> => {
    const page = await deps.history.list({ workspaceId, limit: CALLS_READ_PER_CHECK });
    const entries = await Promise.all(page.entries.map((summary) => deps.history.entry(summary.id)));
    return entries.filter((e): e is HistoryEntry => e !== undefined);
  };

  return {
    async getLessonProgress({ workspaceId }) {
      return deps.progress.get(await deps.workspaceOf(workspaceId));
    },
    async startLesson({ workspaceId, lessonId }) {
      lessonOf(lessonId);
      return deps.progress.updateLesson(await deps.workspaceOf(workspaceId), lessonId, { startedAt: now() });
    },
    async checkLesson({ workspaceId, lessonId }) {
      const lesson = lessonOf(lessonId);
      const id = await deps.workspaceOf(workspaceId);
      let progress = await deps.progress.get(id);
      const state = progress.lessons[lessonId];
      const evidence = evidenceSince({ runs: await deps.runs(id), calls: await calls(id) }, state?.startedAt);
      const check = lesson.check(evidence);
      if (check.passed && !state?.passedAt)
        progress = await deps.progress.updateLesson(id, lessonId, { passedAt: now() });
      return { lessonId, check, progress };
    },
    async keepWorldBeforeLesson({ workspaceId, lessonId, text, usingDefaultWorld }) {
      lessonOf(lessonId);
      const id = await deps.workspaceOf(workspaceId);
      return deps.progress.keepWorld(id, {
        lessonId,
        at: now(),
        text: usingDefaultWorld ? '' : text,
        usingDefaultWorld,
      });
    },
    async forgetWorldBeforeLesson({ workspaceId }) {
      return deps.progress.forgetWorld(await deps.workspaceOf(workspaceId));
    },
  };
}
