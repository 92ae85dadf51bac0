import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { SandboxComparison } from '../../../shared/contract/inspect-types';
import type { TokenComparison } from '../../../shared/inspect/compare-tokens';

interface CompareState {
  a: string;
  b: string;
  labels: { a: string; b: string };
  comparison?: TokenComparison;
  /** The sandbox's PAT vs M2M run that filled A and B, if that is where they came from. */
  sandbox?: SandboxComparison;
  running: boolean;
  callError?: string;
  edit(side: 'a' | 'b', token: string): void;
  /**
   * Claim by claim, in the renderer at once (comparing needs no keys); then the main side names the role behind
   * each scope difference, from the tenant each token's issuer names (the sandbox's world, or a tenant read).
   */
  compare(): Promise<void>;
  /** Sandbox: issue a PAT exchange token and an M2M token for the same API and compare them. */
  compareSandbox(resource?: string): Promise<void>;
}

const DEFAULT_LABELS = { a: 'A', b: 'B' };

export type CompareStore = StoreApi<CompareState>;

export const createCompareStore = ({ api }: { api: TokenscopeApi }): CompareStore =>
  createStore<CompareState>((set, get) => ({
    a: '',
    b: '',
    labels: DEFAULT_LABELS,
    running: false,
    edit: (side, token) => set({ [side]: token, labels: DEFAULT_LABELS, sandbox: undefined } as Partial<CompareState>),
    async compare() {
      const { a, b, labels } = get();
      if (!a.trim() || !b.trim()) return;
      const sides = { a: { token: a.trim(), label: labels.a }, b: { token: b.trim(), label: labels.b } };
      // The last comparison is of other tokens: never shown beside these, even while the comparer loads.
      set({ comparison: undefined });
      // Loaded on first use: the decoder and token kinds are not part of the first screen (issue 18).
      const { compareTokens } = await import('../../../shared/inspect/compare-tokens');
      set({
        comparison: compareTokens({ raw: sides.a.token, ...sides.a }, { raw: sides.b.token, ...sides.b }),
        callError: undefined,
      });
      void api.compareWithRoles(sides).then(
        (comparison) => {
          // Only if the tokens are still the ones compared: the user may have edited them meanwhile.
          if (get().a.trim() === sides.a.token && get().b.trim() === sides.b.token) set({ comparison });
        },
        // The claim-by-claim comparison stands; the roles are an addition the main side could not make.
        () => undefined,
      );
    },
    async compareSandbox(resource) {
      if (get().running) return;
      set({ running: true, callError: undefined });
      try {
        const result = await api.compareSandboxPatAndM2m(resource ? { resource } : {});
        set({
          a: result.pat.raw,
          b: result.m2m.raw,
          labels: { a: 'PAT exchange', b: 'M2M' },
          comparison: result.comparison,
          sandbox: result,
        });
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        set({ running: false });
      }
    },
  }));
