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

/**
 * A token a run received, opened in the inspector: the main side still holds it under the run's id, so it is
 * checked there by that id and never sent back. `token` is the copy the renderer already has, for the field.
 */
export interface RunToken {
  runId: string;
  token: string;
  /** Which of the run's tokens; the access token when absent. */
  which?: 'access_token' | 'id_token';
  issuer: string;
  /** The resource it was requested for: `aud` is checked against it (RFC 8707). */
  resource?: string;
  request?: KnownRequest;
  /** The run's scope table, made on the main side with the run. */
  scopes?: ScopeDiff;
}

/** An analysis that arrived with the token (the sandbox comparison): shown as it came, nothing is asked. */
export interface AnalyzedToken {
  token: string;
  issuer: string;
  resource?: string;
  analysis: TokenAnalysis;
}

interface InspectorState {
  input: InspectorInput;
  /** The run whose token is in the field, while it is unedited: inspected by this id, not by value. */
  fromRun?: { runId: string; which: 'access_token' | 'id_token' };
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
  /** A run's token, checked by the run's id against the issuer and resource it was requested from. */
  inspectRun(run: RunToken): Promise<void>;
  /** A token that came with its analysis: shown, nothing sent. */
  showAnalysis(analyzed: AnalyzedToken): void;
  /** A token the renderer holds outside a run (a replay's): checked by value, like a pasted one. */
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
        ...(patch.token !== undefined ? { request: undefined, knownScopes: undefined, fromRun: undefined } : {}),
      })),
    async inspect() {
      const { input, running, fromRun } = get();
      if (running || !input.token.trim()) return;
      set({ running: true, callError: undefined });
      const token = input.token.trim();
      const options = {
        ...(input.issuer.trim() ? { issuer: input.issuer.trim() } : {}),
        ...(input.expectedAudience.trim() ? { expectedAudience: input.expectedAudience.trim() } : {}),
        requiredScopes: words(input.requiredScopes),
        clockSkewSeconds: input.clockSkewSeconds,
      };
      try {
        const analysis = fromRun
          ? await api.inspectRun({ ...fromRun, ...options })
          : await api.inspectToken({ token, ...options });
        const request = requestOf(input, get().request);
        const scopes =
          get().knownScopes ??
          // A run's token is explained with the run (its table, made on the main side), never sent back for it.
          (!fromRun && request && analysis.kind === 'access_token'
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
      set((s) => ({
        input: { ...s.input, token: token.trim() },
        request: undefined,
        knownScopes: undefined,
        fromRun: undefined,
      }));
      await get().inspect();
    },
    async inspectRun({ runId, token, which = 'access_token', issuer, resource, request, scopes }) {
      const input = (s: InspectorState) => ({ ...s.input, token, issuer, expectedAudience: resource ?? '' });
      set((s) => ({
        input: input(s),
        fromRun: { runId, which },
        analysis: undefined,
        scopes: undefined,
        request,
        knownScopes: scopes,
      }));
      await get().inspect();
    },
    showAnalysis({ token, issuer, resource, analysis }) {
      // The fields say what was checked: that analysis asked for no scopes and allowed no clock skew.
      const input = (): InspectorInput => ({
        token,
        issuer,
        expectedAudience: resource ?? '',
        requiredScopes: '',
        clockSkewSeconds: 0,
      });
      set(() => ({
        input: input(),
        fromRun: undefined,
        request: undefined,
        knownScopes: undefined,
        callError: undefined,
        analysis,
        scopes: undefined,
      }));
    },
    async inspectFromFlow(token, issuer, resource, request, knownScopes) {
      const input = (s: InspectorState) => ({ ...s.input, token, issuer, expectedAudience: resource ?? '' });
      set((s) => ({
        input: input(s),
        fromRun: undefined,
        analysis: undefined,
        scopes: undefined,
        request,
        knownScopes,
      }));
      await get().inspect();
    },
  }));
