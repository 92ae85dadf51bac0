import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { SandboxState } from '../../../shared/contract/sandbox-state';
import type { WorldProblem } from '../../../shared/sandbox/world-problem';
import type { World } from '../../../shared/sandbox/world';
import { utf8Bytes, worldSizeProblem } from '../../../shared/sandbox/world-limits';

interface SandboxStore {
  state?: SandboxState;
  /** The editor's text; differs from state.worldText until applied. */
  draft: string;
  problems: WorldProblem[];
  /** The last world the editor's text gave that validated: what the graph draws while the user types. */
  editedWorld?: World;
  /** The text the last live check was for, so an answer for an older text is dropped. */
  checkedText?: string;
  busy: boolean;
  message?: string;
  callError?: string;
  load(): Promise<void>;
  /** Another world runs (a Management API write, say): show it, keeping an edit in progress. */
  worldChanged(): Promise<void>;
  edit(text: string): void;
  /** Checks the editor's text on the main side as applying would, without applying it. */
  check(): Promise<void>;
  apply(): Promise<void>;
  reset(): Promise<void>;
}

export type SandboxStoreApi = StoreApi<SandboxStore>;

/**
 * The world editor. A world applied here (or anywhere) reaches the connections through the main side's
 * `world-applied` event, not through this store.
 */
export const createSandboxStore = ({ api }: { api: TokenscopeApi }): SandboxStoreApi => {
  // Apply asked for again while one runs (a second Ctrl+S after a late edit): the newest text goes once it ends.
  // Not while a reset runs: that one replaces the editor's text anyway.
  let applying = false;
  let applyAgain = false;
  return createStore<SandboxStore>((set, get) => ({
    draft: '',
    problems: [],
    busy: false,
    async load() {
      try {
        const state = await api.getSandbox();
        const { world, worldText } = state;
        set({
          state,
          draft: worldText,
          problems: [],
          callError: undefined,
          editedWorld: world,
          checkedText: worldText,
        });
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
    async check() {
      const text = get().draft;
      if (text === get().checkedText) return;
      const tooBig = worldSizeProblem(utf8Bytes(text));
      if (tooBig) return set({ problems: [tooBig], checkedText: text });
      try {
        const result = await api.checkSandboxWorld({ text });
        if (get().draft !== text) return;
        set(
          result.ok
            ? { editedWorld: result.world, problems: [], checkedText: text }
            : { problems: result.problems, checkedText: text },
        );
      } catch (error) {
        set({ callError: (error as Error).message });
      }
    },
    async apply() {
      if (get().busy) {
        applyAgain ||= applying;
        return;
      }
      // Over the limit, the call would be refused by the contract in its own words: say it in the world's.
      const tooBig = worldSizeProblem(utf8Bytes(get().draft));
      if (tooBig)
        return set({ problems: [tooBig], message: 'Not applied: the sandbox keeps serving the previous world.' });
      set({ busy: true, message: undefined, callError: undefined });
      applying = true;
      const text = get().draft;
      try {
        const result = await api.applySandboxWorld({ text });
        if (result.ok) {
          // "Applied" speaks for the editor's text: an edit that landed meanwhile (a late paste) is not in force.
          const editedSince = get().draft !== text;
          set({
            state: result.state,
            // The graph keeps following the editor's text when that is not the one applied.
            ...(editedSince ? {} : { editedWorld: result.state.world, problems: [] }),
            message: editedSince
              ? 'The sandbox serves the world as it was when you applied it; edits made while it was applied are ' +
                'not applied yet (Ctrl+S applies them).'
              : 'Applied: the next token comes from this world. Saved for the next start too.',
          });
        } else {
          set({ problems: result.problems, message: 'Not applied: the sandbox keeps serving the previous world.' });
        }
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        applying = false;
        set({ busy: false });
      }
      const again = applyAgain;
      applyAgain = false;
      if (again && get().draft !== text && !get().callError) await get().apply();
    },
    async reset() {
      if (get().busy) return;
      set({ busy: true, message: undefined });
      try {
        const state = await api.resetSandboxWorld();
        set({ state, draft: state.worldText, problems: [], message: 'Back to the default world.' });
        set({ editedWorld: state.world, checkedText: state.worldText });
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        set({ busy: false });
      }
    },
  }));
};
