import { create } from 'zustand';
import type { TokenAnalysis } from '../../../shared/inspect/analyze-token';
import { api } from '../api/api';

export interface InspectorInput {
  token: string;
  issuer: string;
  expectedAudience: string;
  /** Space-separated, as a scope claim is written. */
  requiredScopes: string;
  clockSkewSeconds: number;
}

interface InspectorState {
  input: InspectorInput;
  running: boolean;
  analysis?: TokenAnalysis;
  callError?: string;
  edit(patch: Partial<InspectorInput>): void;
  inspect(): Promise<void>;
  /** From a flow result: the token, checked against the issuer and resource it was requested from. */
  inspectFromFlow(token: string, issuer: string, resource?: string): Promise<void>;
}

const EMPTY: InspectorInput = { token: '', issuer: '', expectedAudience: '', requiredScopes: '', clockSkewSeconds: 0 };

export const useInspector = create<InspectorState>((set, get) => ({
  input: EMPTY,
  running: false,
  edit: (patch) => set((s) => ({ input: { ...s.input, ...patch } })),
  async inspect() {
    const { input, running } = get();
    if (running || !input.token.trim()) return;
    set({ running: true, callError: undefined });
    try {
      const analysis = await api.inspectToken({
        token: input.token.trim(),
        ...(input.issuer.trim() ? { issuer: input.issuer.trim() } : {}),
        ...(input.expectedAudience.trim() ? { expectedAudience: input.expectedAudience.trim() } : {}),
        requiredScopes: input.requiredScopes.split(/\s+/).filter(Boolean),
        clockSkewSeconds: input.clockSkewSeconds,
      });
      set({ analysis });
    } catch (error) {
      set({ callError: (error as Error).message, analysis: undefined });
    } finally {
      set({ running: false });
    }
  },
  async inspectFromFlow(token, issuer, resource) {
    set((s) => ({ input: { ...s.input, token, issuer, expectedAudience: resource ?? '' }, analysis: undefined }));
    await get().inspect();
  },
}));
