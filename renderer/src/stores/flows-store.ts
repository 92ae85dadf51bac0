import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { AuthorizationEnd } from '../../../shared/contract/events';
import type { ClientCredentialsRequest, FlowResult, GrantKind } from '../../../shared/contract/flow';
import type { RunRecord } from '../../../shared/contract/run-record';
import type {
  DeviceAuthorizationRequest,
  RefreshRequest,
  RevealedRun,
  StartAuthorizationRequest,
  TokenExchangeRequest,
} from '../../../shared/contract/methods/flow-methods';
import type { EndpointResult, TokenOperation } from '../../../shared/flows/endpoint-result';

export interface PendingSignIn {
  authorizationUrl: string;
  state: string;
  redirectUri: string;
  expiresAt: number;
}

/** A run of any grant, as the main side keeps it (masked): a reload or a second window lists the same. */
export type FlowRunRecord = RunRecord;

export interface RunFilter {
  connectionId?: string;
  grant?: GrantKind;
}

/** The runs a filter keeps, in their order. */
export function filterRuns(runs: readonly RunRecord[], filter: RunFilter): RunRecord[] {
  return runs.filter(
    (r) =>
      (!filter.connectionId || r.connectionId === filter.connectionId) && (!filter.grant || r.grant === filter.grant),
  );
}

export interface PendingDevice {
  deviceId: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresAt: number;
}

interface FlowsState {
  pending?: PendingSignIn;
  device?: PendingDevice;
  busy: boolean;
  /** The active workspace's runs, oldest first, as listed by the main side. */
  runs: FlowRunRecord[];
  /** The runs of the active workspace were listed at least once (so "no runs" is known, not just not yet loaded). */
  listed: boolean;
  /** The id of the run shown. */
  selected?: string;
  filter: RunFilter;
  revealed: Record<string, RevealedRun>;
  /** Userinfo / introspection / revocation answers, by run. */
  endpointResults: Record<string, EndpointResult[]>;
  /** A failure of Tokenscope itself or a refused redirect, with what to do. */
  callError?: string;
  /** Lists the workspace's runs again; shows `showId` when given. */
  load(showId?: string): Promise<void>;
  setFilter(filter: RunFilter): void;
  runClientCredentials(request: ClientCredentialsRequest): Promise<FlowResult | undefined>;
  signIn(request: StartAuthorizationRequest): Promise<void>;
  paste(callbackUrl: string): Promise<void>;
  cancel(): void;
  refresh(request: RefreshRequest): Promise<void>;
  exchange(request: TokenExchangeRequest): Promise<void>;
  reveal(runId: string): Promise<void>;
  hide(runId: string): void;
  select(id: string): void;
  callEndpoint(runId: string, operation: TokenOperation, token: 'access_token' | 'refresh_token'): Promise<void>;
  /** RP-initiated logout: opens the server's end-session URL for a sign-in run. */
  signOut(runId: string): Promise<void>;
  /** RFC 8628: shows the user code, then waits for the token like a sign-in. */
  startDevice(request: DeviceAuthorizationRequest): Promise<void>;
  /** Stops waiting, here and on the main side (no more polling for this code). */
  stopDevice(): void;
  /** The main side's event: the sign-in or device flow waited on under `state` ended. */
  authorizationEnded(state: string, end: AuthorizationEnd): void;
  /** Another workspace is shown: its runs, none of the last one's. */
  workspaceChanged(): void;
}

export interface FlowsStoreDeps {
  api: TokenscopeApi;
  /** The active workspace, whose runs are listed and where new runs go. */
  workspaceId(): string;
  /** Opens a URL outside the app: a new tab in the browser host, the OS browser in the desktop shell. */
  openUrl(url: string): void;
}

/** Ends that came before the renderer knew their state (the answer and the event race in the browser host). */
const EARLY_ENDS_KEPT = 20;

export type FlowsStore = StoreApi<FlowsState>;

export const createFlowsStore = ({ api, workspaceId, openUrl }: FlowsStoreDeps): FlowsStore =>
  createStore<FlowsState>((set, get) => {
    const early = new Map<string, AuthorizationEnd>();

    /**
     * The main side recorded the run (every grant, whichever path delivered it): list again and show it. A result
     * without a run id (a stopped device flow) is the newest run.
     */
    const record = async (result: FlowResult) => {
      const asked = workspaceId();
      const runs = await api.listRuns({ workspaceId: asked });
      if (workspaceId() !== asked) return;
      const shown = runs.find((r) => r.id === result.runId) ?? runs.at(-1);
      set({ runs, selected: shown?.id });
    };

    const guard = async (work: () => Promise<void>) => {
      set({ busy: true, callError: undefined });
      try {
        await work();
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        set({ busy: false });
      }
    };

    /** How a wait ends, whichever it was (a sign-in or a device flow): list the run, or say why there is none. */
    const end = async (ended: AuthorizationEnd) => {
      if (ended.status === 'gone') set({ callError: ended.message });
      else await get().load(ended.runId);
    };

    /**
     * Starts a wait (a sign-in or a device flow): a start that failed is a run to list; one that waits is handed to
     * `waiting` without its status. An end that came first is taken up once the wait is known here.
     */
    const startWait = async <Waiting>(
      start: () => Promise<({ status: 'waiting' } & Waiting) | { status: 'failed'; result: FlowResult }>,
      waiting: (started: Waiting) => string | undefined,
    ) => {
      let key: string | undefined;
      await guard(async () => {
        const started = await start();
        if (started.status === 'failed') return record(started.result);
        const { status: _status, ...rest } = started;
        key = waiting(rest as Waiting);
      });
      takeEarly(key);
    };

    /** An end that arrived before the state it names was known here is taken up now. */
    const takeEarly = (state: string | undefined) => {
      const ended = state === undefined ? undefined : early.get(state);
      if (ended) get().authorizationEnded(state!, ended);
    };

    return {
      busy: false,
      runs: [],
      listed: false,
      filter: {},
      revealed: {},
      endpointResults: {},
      async load(showId) {
        const asked = workspaceId();
        try {
          const runs = await api.listRuns({ workspaceId: asked });
          if (workspaceId() !== asked) return;
          set((s) => ({
            runs,
            listed: true,
            selected: showId ?? (runs.some((r) => r.id === s.selected) ? s.selected : runs.at(-1)?.id),
          }));
        } catch (error) {
          set({ callError: (error as Error).message });
        }
      },
      setFilter: (filter) => set({ filter }),
      async runClientCredentials(request) {
        let result: FlowResult | undefined;
        await guard(async () => {
          result = await api.runClientCredentials({ ...request, workspaceId: workspaceId() });
          await record(result);
        });
        return result;
      },
      signIn: (request) =>
        startWait(
          () => api.startAuthorization({ ...request, workspaceId: workspaceId() }),
          (pending) => {
            set({ pending });
            // The system browser: a new tab in the browser host; the desktop shell hands it to the OS browser.
            // The desktop app's in-app window is already open when the answer comes back.
            if (!pending.inAppWindow) openUrl(pending.authorizationUrl);
            return pending.state;
          },
        ),
      async paste(callbackUrl) {
        await guard(async () => {
          const result = await api.completeAuthorization({ callbackUrl });
          set({ pending: undefined });
          await record(result);
        });
      },
      cancel: () => {
        const state = get().pending?.state;
        set({ pending: undefined });
        // The main side spends the state too, so a redirect that still arrives is refused rather than redeemed.
        if (state) void api.cancelAuthorization({ state }).catch(() => undefined);
      },
      async refresh(request) {
        await guard(async () => record(await api.runRefresh(request)));
      },
      async exchange(request) {
        await guard(async () => record(await api.runTokenExchange({ ...request, workspaceId: workspaceId() })));
      },
      async reveal(runId) {
        await guard(async () => {
          const revealed = await api.revealRun({ runId });
          set((s) => ({ revealed: { ...s.revealed, [runId]: revealed } }));
        });
      },
      hide: (runId) =>
        set((s) => {
          const { [runId]: _gone, ...rest } = s.revealed;
          return { revealed: rest };
        }),
      select: (id) => set({ selected: id }),
      startDevice: (request) =>
        startWait(
          () => api.startDeviceAuthorization({ ...request, workspaceId: workspaceId() }),
          (device) => {
            set({ device });
            return device.deviceId;
          },
        ),
      stopDevice: () => {
        const deviceId = get().device?.deviceId;
        set({ device: undefined });
        // The main side stops polling the server for this code.
        if (deviceId) void api.cancelAuthorization({ state: deviceId }).catch(() => undefined);
      },
      async signOut(runId) {
        await guard(async () => {
          const { url } = await api.endSession({ runId });
          openUrl(url);
        });
      },
      async callEndpoint(runId, operation, token) {
        await guard(async () => {
          const result = await api.callTokenEndpoint({ runId, operation, token });
          set((s) => ({
            endpointResults: { ...s.endpointResults, [runId]: [...(s.endpointResults[runId] ?? []), result] },
          }));
        });
      },
      authorizationEnded(state, ended) {
        // Stopped (or replaced by a newer code) meanwhile: its end is not news to the user.
        if (get().pending?.state === state) set({ pending: undefined });
        else if (get().device?.deviceId === state) set({ device: undefined });
        else {
          early.set(state, ended);
          if (early.size > EARLY_ENDS_KEPT) early.delete(early.keys().next().value!);
          return;
        }
        early.delete(state);
        void end(ended);
      },
      workspaceChanged() {
        set({ runs: [], listed: false, selected: undefined, filter: {} });
        void get().load();
      },
    };
  });
