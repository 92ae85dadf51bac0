import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { LessonProgress } from '../../../shared/contract/lesson-progress';
import type { LessonCheck } from '../../../shared/lessons/lesson';
import type { LessonId } from '../../../shared/lessons/lesson-ids';

interface LessonsState {
  progress?: LessonProgress;
  /** The lesson shown in the side panel, which stays open while the user works in the other views. */
  openId?: LessonId;
  /** The last check of each lesson, as the main side ran it. */
  checks: Partial<Record<LessonId, LessonCheck>>;
  checking: boolean;
  /** What a world reset or undo did, in a sentence. */
  worldMessage?: string;
  callError?: string;
  load(): Promise<void>;
  /** Opens a lesson in the side panel; starts it the first time, so its check counts what is done from now on. */
  open(id: LessonId): Promise<void>;
  close(): void;
  /** Starts the open lesson again: tokens and calls made before no longer count. */
  restart(): Promise<void>;
  /** Runs the open lesson's check against the session (a run or an API call may have reached its goal). */
  check(): Promise<void>;
  /** Keeps the user's world (once), then puts back the default world the lessons are written for. */
  resetWorld(): Promise<void>;
  /** Applies again the world kept before the reset. */
  undoWorld(): Promise<void>;
  workspaceChanged(): void;
}

export interface LessonsStoreDeps {
  api: TokenscopeApi;
  workspaceId(): string;
  /** The sandbox's world changed here: the Sandbox view shows the new one. */
  onWorldChanged(): void;
}

export type LessonsStore = StoreApi<LessonsState>;

export const createLessonsStore = ({ api, workspaceId, onWorldChanged }: LessonsStoreDeps): LessonsStore =>
  createStore<LessonsState>((set, get) => {
    const guard = async (work: () => Promise<void>) => {
      set({ callError: undefined });
      try {
        await work();
      } catch (error) {
        set({ callError: (error as Error).message });
      }
    };
    /** A pending check asked again meanwhile runs once more after it, so the newest run is never missed. */
    let again = false;

    return {
      checks: {},
      checking: false,
      async load() {
        await guard(async () => set({ progress: await api.getLessonProgress({ workspaceId: workspaceId() }) }));
      },
      async open(id) {
        set({ openId: id, worldMessage: undefined });
        await guard(async () => {
          const current = get().progress ?? (await api.getLessonProgress({ workspaceId: workspaceId() }));
          const progress = current.lessons[id]?.startedAt
            ? current
            : await api.startLesson({ workspaceId: workspaceId(), lessonId: id });
          set({ progress });
        });
        await get().check();
      },
      close: () => set({ openId: undefined, worldMessage: undefined }),
      async restart() {
        const id = get().openId;
        if (!id) return;
        await guard(async () => {
          const progress = await api.startLesson({ workspaceId: workspaceId(), lessonId: id });
          set((s) => ({ progress, checks: { ...s.checks, [id]: undefined } }));
        });
        await get().check();
      },
      async check() {
        const id = get().openId;
        if (!id) return;
        if (get().checking) {
          again = true;
          return;
        }
        set({ checking: true });
        try {
          await guard(async () => {
            const result = await api.checkLesson({ workspaceId: workspaceId(), lessonId: id });
            set((s) => ({ progress: result.progress, checks: { ...s.checks, [id]: result.check } }));
          });
        } finally {
          set({ checking: false });
        }
        if (again) {
          again = false;
          await get().check();
        }
      },
      async resetWorld() {
        const id = get().openId;
        if (!id) return;
        await guard(async () => {
          const sandbox = await api.getSandbox();
          const kept = await api.keepWorldBeforeLesson({
            workspaceId: workspaceId(),
            lessonId: id,
            text: sandbox.worldText,
            usingDefaultWorld: sandbox.usingDefaultWorld,
          });
          await api.resetSandboxWorld();
          set({
            progress: kept,
            worldMessage: 'The sandbox runs the default world again. Undo puts back the world you had before.',
          });
          onWorldChanged();
        });
      },
      async undoWorld() {
        const before = get().progress?.worldBefore;
        if (!before) return;
        await guard(async () => {
          if (before.usingDefaultWorld) await api.resetSandboxWorld();
          else {
            const applied = await api.applySandboxWorld({ text: before.text });
            if (!applied.ok) {
              const where = applied.problems[0];
              throw new Error(
                `Your earlier world no longer applies (${where?.message ?? 'it has problems'}); it is still kept, ` +
                  'so fix the sandbox first or open the Sandbox view and paste it there.',
              );
            }
          }
          const progress = await api.forgetWorldBeforeLesson({ workspaceId: workspaceId() });
          set({ progress, worldMessage: 'Your own world is back in the sandbox.' });
          onWorldChanged();
        });
      },
      workspaceChanged() {
        set({ progress: undefined, checks: {}, openId: undefined, worldMessage: undefined });
        void get().load();
      },
    };
  });
