import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { TokenAnalysis } from '../../../shared/inspect/analyze-token';
import type { ScopeDiff } from '../../../shared/inspect/scope-diff';

export interface InspectorInput {
  token: string;
  issuer: string;
  expectedAudience: string;
  /** Space-separated, as a scope claim is written. */
  requiredScopes: string;
  clockSkewSeconds: number;
}

/** What the flow that produced the token asked for; without it the scope table compares with the fields above. */
export interface KnownRequest {
  resources: string[];
  scopes: string[];
  grantedScope?: string;
}

interface InspectorState {
  input: InspectorInput;
  running: boolean;
  analysis?: TokenAnalysis;
  scopes?: ScopeDiff;
  request?: KnownRequest;
  /** The scope table the main side made with the run, for the token as it came: not asked for again. */
  knownScopes?: ScopeDiff;
  callError?: string;
  edit(patch: Partial<InspectorInput>): void;
  inspect(): Promise<void>;
  /** Replaces the token and inspects it at once: pasting is the usual way a token arrives. */
  paste(token: string): Promise<void>;
  /** From a flow result: the token, checked against the issuer and resource it was requested from. */
  inspectFromFlow(
    token: string,
    issuer: string,
    resource?: string,
    request?: KnownRequest,
    scopes?: ScopeDiff,
  ): Promise<void>;
}

const EMPTY: InspectorInput = { token: '', issuer: '', expectedAudience: '', requiredScopes: '', clockSkewSeconds: 0 };

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function requestOf(input: InspectorInput, known?: KnownRequest): KnownRequest | undefined {
  if (known) return known;
  const resources = words(input.expectedAudience);
  const scopes = words(input.requiredScopes);
  return resources.length || scopes.length ? { resources, scopes } : undefined;
}

export type InspectorStore = StoreApi<InspectorState>;

export const createInspectorStore = ({ api }: { api: TokenscopeApi }): InspectorStore =>
  createStore<InspectorState>((set, get) => ({
    input: EMPTY,
    running: false,
    // A new token is no longer the flow's: its request no longer applies.
    edit: (patch) =>
      set((s) => ({
        input: { ...s.input, ...patch },
        ...(patch.token !== undefined ? { request: undefined, knownScopes: undefined } : {}),
      })),
    async inspect() {
      const { input, running } = get();
      if (running || !input.token.trim()) return;
      set({ running: true, callError: undefined });
      const token = input.token.trim();
      try {
        const analysis = await api.inspectToken({
          token,
          ...(input.issuer.trim() ? { issuer: input.issuer.trim() } : {}),
          ...(input.expectedAudience.trim() ? { expectedAudience: input.expectedAudience.trim() } : {}),
          requiredScopes: words(input.requiredScopes),
          clockSkewSeconds: input.clockSkewSeconds,
        });
        const request = requestOf(input, get().request);
        const scopes =
          get().knownScopes ??
          (request && analysis.kind === 'access_token'
            ? await api.explainScopes({
                token,
                request: { resources: request.resources, scopes: request.scopes },
                ...(request.grantedScope !== undefined ? { grantedScope: request.grantedScope } : {}),
              })
            : undefined);
        set({ analysis, scopes });
      } catch (error) {
        set({ callError: (error as Error).message, analysis: undefined, scopes: undefined });
      } finally {
        set({ running: false });
      }
    },
    async paste(token) {
      set((s) => ({ input: { ...s.input, token: token.trim() }, request: undefined, knownScopes: undefined }));
      await get().inspect();
    },
    async inspectFromFlow(token, issuer, resource, request, knownScopes) {
      const input = (s: InspectorState) => ({ ...s.input, token, issuer, expectedAudience: resource ?? '' });
      set((s) => ({ input: input(s), analysis: undefined, scopes: undefined, request, knownScopes }));
      await get().inspect();
    },
  }));
