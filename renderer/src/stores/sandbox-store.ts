import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { SandboxState } from '../../../shared/contract/sandbox-state';
import type { WorldProblem } from '../../../shared/sandbox/world-problem';
import { utf8Bytes, worldSizeProblem } from '../../../shared/sandbox/world-limits';

interface SandboxStore {
  state?: SandboxState;
  /** The editor's text; differs from state.worldText until applied. */
  draft: string;
  problems: WorldProblem[];
  busy: boolean;
  message?: string;
  callError?: string;
  load(): Promise<void>;
  /** Another world runs (a Management API write, say): show it, keeping an edit in progress. */
  worldChanged(): Promise<void>;
  edit(text: string): void;
  apply(): Promise<void>;
  reset(): Promise<void>;
}

export type SandboxStoreApi = StoreApi<SandboxStore>;

/**
 * The world editor. A world applied here (or anywhere) reaches the connections through the main side's
 * `world-applied` event, not through this store.
 */
export const createSandboxStore = ({ api }: { api: TokenscopeApi }): SandboxStoreApi =>
  createStore<SandboxStore>((set, get) => ({
    draft: '',
    problems: [],
    busy: false,
    async load() {
      try {
        const state = await api.getSandbox();
        set({ state, draft: state.worldText, problems: [], callError: undefined });
      } catch (error) {
        set({ callError: (error as Error).message });
      }
    },
    async worldChanged() {
      const before = get().state;
      if (!before) return;
      try {
        const state = await api.getSandbox();
        const editing = get().draft !== before.worldText;
        set({ state, ...(editing ? {} : { draft: state.worldText }) });
      } catch (error) {
        set({ callError: (error as Error).message });
      }
    },
    edit: (draft) => set({ draft, message: undefined }),
    async apply() {
      if (get().busy) return;
      // Over the limit, the call would be refused by the contract in its own words: say it in the world's.
      const tooBig = worldSizeProblem(utf8Bytes(get().draft));
      if (tooBig)
        return set({ problems: [tooBig], message: 'Not applied: the sandbox keeps serving the previous world.' });
      set({ busy: true, message: undefined, callError: undefined });
      try {
        const result = await api.applySandboxWorld({ text: get().draft });
        if (result.ok) {
          set({
            state: result.state,
            problems: [],
            message: 'Applied: the next token comes from this world. Saved for the next start too.',
          });
        } else {
          set({ problems: result.problems, message: 'Not applied: the sandbox keeps serving the previous world.' });
        }
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        set({ busy: false });
      }
    },
    async reset() {
      if (get().busy) return;
      set({ busy: true, message: undefined });
      try {
        const state = await api.resetSandboxWorld();
        set({ state, draft: state.worldText, problems: [], message: 'Back to the default world.' });
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        set({ busy: false });
      }
    },
  }));
