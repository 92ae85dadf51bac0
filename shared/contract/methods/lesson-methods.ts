/** The Lessons view's calls: progress per workspace, checks against the session's tokens, the world to undo. */
import { Type } from '@sinclair/typebox';
import { method, returns, StringEnum, type ApiOf } from './declare-method.js';
import { FIELD_LIMITS as L } from './field-limits.js';
import { WORLD_LIMITS } from '../../sandbox/world-limits.js';
import { LESSON_IDS } from '../../lessons/lesson-ids.js';
import type { LessonCheckResult, LessonProgress } from '../lesson-progress.js';

const closed = { additionalProperties: false } as const;
const WorkspaceId = () => Type.Optional(Type.String({ minLength: 1, maxLength: L.id }));
const LessonId = () => StringEnum(LESSON_IDS);

export const LESSON_METHODS = {
  /** Which lessons were started and passed in a workspace, and a world kept for Undo. */
  getLessonProgress: method(Type.Object({ workspaceId: WorkspaceId() }, closed), returns<LessonProgress>()),
  /** Starts a lesson (again): its check counts what is done from now on. */
  startLesson: method(
    Type.Object({ workspaceId: WorkspaceId(), lessonId: LessonId() }, closed),
    returns<LessonProgress>(),
  ),
  /** Runs the lesson's check on the workspace's runs and API calls; a pass is kept. */
  checkLesson: method(
    Type.Object({ workspaceId: WorkspaceId(), lessonId: LessonId() }, closed),
    returns<LessonCheckResult>(),
  ),
  /** Keeps the world the user had, before a lesson resets the sandbox's (through resetSandboxWorld). */
  keepWorldBeforeLesson: method(
    Type.Object(
      {
        workspaceId: WorkspaceId(),
        lessonId: LessonId(),
        text: Type.String({ maxLength: WORLD_LIMITS.bytes }),
        usingDefaultWorld: Type.Boolean(),
      },
      closed,
    ),
    returns<LessonProgress>(),
  ),
  /** Forgets the kept world, once Undo applied it again. */
  forgetWorldBeforeLesson: method(Type.Object({ workspaceId: WorkspaceId() }, closed), returns<LessonProgress>()),
};

export type LessonApi = ApiOf<typeof LESSON_METHODS>;
