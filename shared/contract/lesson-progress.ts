import type { LessonCheck } from '../lessons/lesson.js';

/** One lesson's progress in a workspace. */
export interface LessonState {
  /** ISO 8601: the check counts only tokens and answers from then on. */
  startedAt?: string;
  /** ISO 8601: when its check first passed. Kept: a later reset of the world does not undo what was learnt. */
  passedAt?: string;
}

/** The world the user had before a lesson reset the sandbox's: what Undo applies again. */
export interface WorldBeforeLesson {
  lessonId: string;
  /** ISO 8601. */
  at: string;
  /** The world text as it was, when it was not the default world. */
  text: string;
  usingDefaultWorld: boolean;
}

export interface LessonProgress {
  workspaceId: string;
  lessons: Record<string, LessonState>;
  worldBefore?: WorldBeforeLesson;
  /** What was repaired when the progress file was read (a damaged file restored from its backup), for the user. */
  notices?: string[];
}

/** A lesson checked on the main side against the workspace's runs and API calls. */
export interface LessonCheckResult {
  lessonId: string;
  check: LessonCheck;
  progress: LessonProgress;
}
