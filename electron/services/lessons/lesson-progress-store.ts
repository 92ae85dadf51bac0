import { join } from 'node:path';
import type { LessonProgress, LessonState, WorldBeforeLesson } from '../../../shared/contract/lesson-progress.js';
import { JsonFilePerWorkspace, type OpenedDocument } from '../workspaces/json-file-per-workspace.js';

type ProgressDocument = Omit<LessonProgress, 'workspaceId' | 'notices'>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOptionalString = (v: unknown) => v === undefined || typeof v === 'string';

function validate(data: unknown): ProgressDocument | string {
  if (!isRecord(data) || !isRecord(data.lessons)) return 'it has no "lessons" object';
  for (const state of Object.values(data.lessons)) {
    if (!isRecord(state) || !isOptionalString(state.startedAt) || !isOptionalString(state.passedAt))
      return 'a lesson in it has a start or pass that is not a date';
  }
  const before = data.worldBefore;
  if (
    before !== undefined &&
    (!isRecord(before) ||
      typeof before.lessonId !== 'string' ||
      typeof before.text !== 'string' ||
      typeof before.usingDefaultWorld !== 'boolean')
  )
    return 'the world kept for Undo lacks its text';
  return data as unknown as ProgressDocument;
}

/**
 * Per workspace, `lessons/<workspace>.json` (atomic, with a backup, like the knowledge files): which lessons were
 * started and passed, and the world a lesson's reset replaced, for Undo. No token, no secret: a sandbox world's
 * app secrets are already in its own world file, in plain text, as the sandbox serves them.
 */
export class LessonProgressStore {
  private readonly documents: JsonFilePerWorkspace<ProgressDocument>;

  constructor(dataDir: string) {
    this.documents = new JsonFilePerWorkspace(
      join(dataDir, 'lessons'),
      validate,
      {
        content: 'lesson progress',
        check: 'lessons may show as not passed',
        recover: 'Pass them again: each check reads only what you do after starting it.',
      },
      () => ({ lessons: {} }),
    );
  }

  /** Repairs made while loading, for the user. */
  get notices(): string[] {
    return this.documents.notices;
  }

  private open(workspaceId: string): OpenedDocument<ProgressDocument> {
    return this.documents.open(workspaceId);
  }

  async get(workspaceId: string): Promise<LessonProgress> {
    const document = await this.open(workspaceId).document;
    const notices = this.notices.length ? { notices: [...this.notices] } : {};
    return { workspaceId, ...structuredClone(document), ...notices };
  }

  private async change(workspaceId: string, edit: (document: ProgressDocument) => void): Promise<LessonProgress> {
    const { file, document } = this.open(workspaceId);
    const current = await document;
    edit(current);
    await file.save(current);
    return this.get(workspaceId);
  }

  updateLesson(workspaceId: string, lessonId: string, patch: Partial<LessonState>): Promise<LessonProgress> {
    return this.change(workspaceId, (d) => {
      d.lessons[lessonId] = { ...d.lessons[lessonId], ...patch };
    });
  }

  /** Keeps the first world replaced: a second reset must not overwrite the user's own world with the default one. */
  keepWorld(workspaceId: string, world: WorldBeforeLesson): Promise<LessonProgress> {
    return this.change(workspaceId, (d) => {
      d.worldBefore ??= world;
    });
  }

  forgetWorld(workspaceId: string): Promise<LessonProgress> {
    return this.change(workspaceId, (d) => {
      delete d.worldBefore;
    });
  }
}
