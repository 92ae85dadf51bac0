import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { HistorySummary } from '../../../shared/replay/types';
import { formatHeaderLines, parseHeaderLines } from '../../../shared/replay/header-lines';
import {
  summarize,
  type HistoryEntry,
  type ReplayRequest,
  type TokenChoice,
  type TokenMention,
} from '../../../shared/replay/types';
import { MAX_TIME_LIMITS } from '../../../shared/replay/replay-limits';

export interface Composer {
  method: string;
  url: string;
  /** `Name: value` per line. */
  headersText: string;
  body: string;
  /** Seconds, as typed; empty for the default (MAX_TIME_LIMITS). */
  maxTime: string;
}

/** Which token goes with the call: none (to see the 401), a pasted one, or one the main side holds by reference. */
export type TokenPick = { kind: 'none' } | { kind: 'paste' } | { kind: 'reference'; ref: string };

interface ReplayState {
  composer: Composer;
  pick: TokenPick;
  pastedToken: string;
  /** Send a DPoP-bound token as Bearer anyway, to see the API refuse it (RFC 9449 §7.1); off: with a proof. */
  forceBearer: boolean;
  /** Tokens sent in this session; the main side holds them, the renderer only their masks. */
  knownTokens: TokenMention[];
  /**
   * The tokens behind `knownTokens` that this page pasted, for the inspector and a revealed export. Memory only:
   * a reload forgets them, and the main side's references outlive them only until it restarts.
   */
  heldTokens: Record<string, string>;
  sending: boolean;
  current?: HistoryEntry;
  /** Two answers to the same call, for the side-by-side view. */
  comparison?: { before: HistoryEntry; after: HistoryEntry };
  callError?: string;
  edit(patch: Partial<Composer>): void;
  setPick(pick: TokenPick): void;
  setPastedToken(token: string): void;
  setForceBearer(on: boolean): void;
  /** Adds a token from elsewhere in the app (a flow's result) as a pasted one. */
  useToken(token: string): void;
  send(): Promise<void>;
  /** Sends the shown call again with the token now picked, and compares the two answers. */
  resendAndCompare(): Promise<void>;
  open(id: string): Promise<void>;
  closeComparison(): void;
}

/** A request back in the composer (from history or a saved request); its token is picked apart. */
export function composerOf(request: ReplayRequest): Composer {
  return {
    method: request.method,
    url: request.url,
    headersText: formatHeaderLines(request.headers.filter((h) => !/^authorization$/i.test(h.name))),
    body: request.body ?? '',
    maxTime: request.maxTimeSeconds === undefined ? '' : String(request.maxTimeSeconds),
  };
}

/** The composer's request, or what to fix first. */
export function requestOf(composer: Composer): { request?: ReplayRequest; problem?: string } {
  const parsed = parseHeaderLines(composer.headersText);
  if (parsed.problems.length) return { problem: `Fix the headers first. ${parsed.problems.join(' ')}` };
  if (!composer.url.trim()) return { problem: 'Type the URL of the API to call, e.g. the sandbox products API.' };
  const maxTime = composer.maxTime.trim() === '' ? undefined : Number(composer.maxTime.trim());
  if (maxTime !== undefined && !(maxTime >= MAX_TIME_LIMITS.minSeconds && maxTime <= MAX_TIME_LIMITS.maxSeconds)) {
    const { minSeconds, maxSeconds, defaultSeconds } = MAX_TIME_LIMITS;
    const problem = `Max time is a number of seconds from ${minSeconds} to ${maxSeconds}, e.g. 10; leave it empty`;
    return { problem: `${problem} for ${defaultSeconds} s.` };
  }
  const body = composer.body ? { body: composer.body } : {};
  const limit = maxTime !== undefined ? { maxTimeSeconds: maxTime } : {};
  return { request: { method: composer.method, url: composer.url.trim(), headers: parsed.headers, ...body, ...limit } };
}

function choiceOf(state: ReplayState): TokenChoice | { problem: string } {
  if (state.pick.kind === 'none') return { kind: 'none' };
  if (state.pick.kind === 'reference') return { kind: 'reference', ref: state.pick.ref };
  const token = state.pastedToken.trim();
  return token
    ? { kind: 'token', token }
    : { problem: 'Paste a token, or pick "No token" to see how the API answers without one.' };
}

export interface ReplayStoreDeps {
  api: TokenscopeApi;
  /** The active workspace, whose history records the call. */
  workspaceId(): string;
  /** A call just made, for the history list to show at once. */
  onSent(summary: HistorySummary): void;
}

export type ReplayStore = StoreApi<ReplayState>;

export const createReplayStore = ({ api, workspaceId, onSent }: ReplayStoreDeps): ReplayStore =>
  createStore<ReplayState>((set, get) => {
    async function sendNow(request: ReplayRequest, choice: TokenChoice): Promise<HistoryEntry | undefined> {
      set({ sending: true, callError: undefined });
      try {
        const sendAs = get().forceBearer ? ('bearer' as const) : ('auto' as const);
        const { entry } = await api.sendApiRequest({ workspaceId: workspaceId(), request, token: choice, sendAs });
        const mention = entry.token;
        const pasted = choice.kind === 'token' ? choice.token.trim().replace(/^Bearer\s+/i, '') : undefined;
        set((s) => ({
          current: entry,
          ...(mention && pasted ? { heldTokens: { ...s.heldTokens, [mention.ref]: pasted } } : {}),
          ...(mention
            ? {
                pick: { kind: 'reference', ref: mention.ref },
                knownTokens: [mention, ...s.knownTokens.filter((t) => t.ref !== mention.ref)],
              }
            : {}),
        }));
        onSent(summarize(entry));
        return entry;
      } catch (error) {
        set({ callError: (error as Error).message });
        return undefined;
      } finally {
        set({ sending: false });
      }
    }

    return {
      composer: { method: 'GET', url: '', headersText: 'Accept: application/json', body: '', maxTime: '' },
      pick: { kind: 'none' },
      pastedToken: '',
      forceBearer: false,
      knownTokens: [],
      heldTokens: {},
      sending: false,
      edit: (patch) => set((s) => ({ composer: { ...s.composer, ...patch } })),
      setPick: (pick) => set({ pick }),
      setPastedToken: (pastedToken) => set({ pastedToken, pick: { kind: 'paste' } }),
      setForceBearer: (forceBearer) => set({ forceBearer }),
      useToken: (token) => set({ pastedToken: token, pick: { kind: 'paste' } }),
      async send() {
        const state = get();
        if (state.sending) return;
        const { request, problem } = requestOf(state.composer);
        const choice = choiceOf(state);
        if (problem || 'problem' in choice)
          return set({ callError: problem ?? (choice as { problem: string }).problem });
        set({ comparison: undefined });
        await sendNow(request!, choice);
      },
      async resendAndCompare() {
        const state = get();
        const before = state.current;
        if (!before || state.sending) return;
        const choice = choiceOf(state);
        if ('problem' in choice) return set({ callError: choice.problem });
        // The request as history kept it: credential headers were masked there, so leave them out of the re-send.
        const request = {
          ...before.request,
          headers: before.request.headers.filter((h) => !/^(authorization|cookie|proxy-authorization)$/i.test(h.name)),
        };
        const after = await sendNow(request, choice);
        if (after) set({ comparison: { before, after } });
      },
      async open(id) {
        try {
          const entry = await api.getHistoryEntry({ id });
          set({
            current: entry,
            comparison: undefined,
            composer: composerOf(entry.request),
          });
          // The main side may still hold the token (same session); if not, sending says so and asks for another.
          const mention = entry.token;
          if (mention)
            set((s) => ({
              pick: { kind: 'reference', ref: mention.ref },
              knownTokens: [mention, ...s.knownTokens.filter((t) => t.ref !== mention.ref)],
            }));
        } catch (error) {
          set({ callError: (error as Error).message });
        }
      },
      closeComparison: () => set({ comparison: undefined }),
    };
  });
