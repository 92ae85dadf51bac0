import { create } from 'zustand';
import type { FlowResult } from '../../../shared/contract/flow';
import type { DeviceAuthorizationRequest, RefreshRequest, RevealedRun, StartAuthorizationRequest, TokenExchangeRequest } from '../../../shared/flows/flow-api';
import type { EndpointResult, TokenOperation } from '../../../shared/flows/endpoint-result';
import { api } from '../api/api';

export interface PendingSignIn {
  authorizationUrl: string;
  state: string;
  redirectUri: string;
  expiresAt: number;
}

export interface FlowRunRecord {
  /** What the user did, e.g. "Sign-in (vera)", "Refresh". */
  label: string;
  result: FlowResult;
  /** Resources asked for at sign-in: what the refresh trap is checked against. */
  grantedResources?: string[];
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
  runs: FlowRunRecord[];
  selected?: number;
  revealed: Record<string, RevealedRun>;
  /** Userinfo / introspection / revocation answers, by run. */
  endpointResults: Record<string, EndpointResult[]>;
  /** A failure of Tokenscope itself or a refused redirect, with what to do. */
  callError?: string;
  signIn(request: StartAuthorizationRequest): Promise<void>;
  paste(callbackUrl: string): Promise<void>;
  cancel(): void;
  refresh(request: RefreshRequest): Promise<void>;
  exchange(request: TokenExchangeRequest): Promise<void>;
  reveal(runId: string): Promise<void>;
  hide(runId: string): void;
  select(index: number): void;
  callEndpoint(runId: string, operation: TokenOperation, token: 'access_token' | 'refresh_token'): Promise<void>;
  /** RP-initiated logout: opens the server's end-session URL for a sign-in run. */
  signOut(runId: string): Promise<void>;
  /** RFC 8628: shows the user code, then waits for the token like a sign-in. */
  startDevice(request: DeviceAuthorizationRequest): Promise<void>;
  /** Stops waiting, here and on the main side (no more polling for this code). */
  stopDevice(): void;
}

export const useFlows = create<FlowsState>((set, get) => {
  let signInResources: string[] = [];

  // A pasted redirect and the long poll can both deliver the same sign-in: keep one.
  const record = (label: string, result: FlowResult, grantedResources?: string[]) =>
    set((s) => {
      const known = result.runId ? s.runs.findIndex((r) => r.result.runId === result.runId) : -1;
      if (known >= 0) return { selected: known };
      return { runs: [...s.runs, { label, result, grantedResources }], selected: s.runs.length };
    });

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

  /** Long-polls the main side until the redirect arrives by loopback or tokenscope://, or the sign-in is given up. */
  const wait = async (state: string) => {
    while (get().pending?.state === state) {
      const answer = await api.awaitAuthorization({ state });
      if (get().pending?.state !== state) return;
      if (answer.status === 'waiting') continue;
      set({ pending: undefined });
      if (answer.status === 'gone') set({ callError: answer.message });
      else record('Sign-in', answer.result, signInResources);
      return;
    }
  };

  return {
    busy: false,
    runs: [],
    revealed: {},
    endpointResults: {},
    async signIn(request) {
      await guard(async () => {
        const started = await api.startAuthorization(request);
        if (started.status === 'failed') {
          record('Sign-in', started.result);
          return;
        }
        signInResources = request.resources;
        const { status: _status, ...pending } = started;
        set({ pending });
        // The system browser: a new tab in the browser host; the desktop shell hands it to the OS browser.
        // The desktop app's in-app window is already open when the answer comes back.
        if (!started.inAppWindow) window.open(started.authorizationUrl, '_blank', 'noopener');
      });
      const state = get().pending?.state;
      if (state) void wait(state).catch((error: Error) => set({ callError: error.message, pending: undefined }));
    },
    async paste(callbackUrl) {
      await guard(async () => {
        const result = await api.completeAuthorization({ callbackUrl });
        set({ pending: undefined });
        record('Sign-in (pasted redirect)', result, signInResources);
      });
    },
    cancel: () => {
      const state = get().pending?.state;
      set({ pending: undefined });
      // The main side spends the state too, so a redirect that still arrives is refused rather than redeemed.
      if (state) void api.cancelAuthorization({ state }).catch(() => undefined);
    },
    async refresh(request) {
      const from = get().runs.find((r) => r.result.runId === request.fromRunId);
      await guard(async () => record('Refresh', await api.runRefresh(request), from?.grantedResources));
    },
    async exchange(request) {
      await guard(async () => record('Token exchange', await api.runTokenExchange(request)));
    },
    async reveal(runId) {
      await guard(async () => {
        const revealed = await api.revealRun({ runId });
        set((s) => ({ revealed: { ...s.revealed, [runId]: revealed } }));
      });
    },
    hide: (runId) => set((s) => {
      const { [runId]: _gone, ...rest } = s.revealed;
      return { revealed: rest };
    }),
    select: (index) => set({ selected: index }),
    async startDevice(request) {
      await guard(async () => {
        const started = await api.startDeviceAuthorization(request);
        if (started.status === 'failed') {
          record('Device authorization', started.result);
          return;
        }
        const { status: _status, ...device } = started;
        set({ device });
      });
      const deviceId = get().device?.deviceId;
      if (!deviceId) return;
      while (get().device?.deviceId === deviceId) {
        const answer = await api.awaitAuthorization({ state: deviceId }).catch((error: Error) => ({ status: 'gone' as const, message: error.message }));
        // Stopped (or replaced by a newer code) while this call was out: its answer is not news to the user.
        if (get().device?.deviceId !== deviceId) return;
        if (answer.status === 'waiting') continue;
        set({ device: undefined });
        if (answer.status === 'gone') set({ callError: answer.message });
        else record('Device authorization', answer.result);
      }
    },
    stopDevice: () => {
      const deviceId = get().device?.deviceId;
      set({ device: undefined });
      // The main side stops polling the server for this code.
      if (deviceId) void api.cancelAuthorization({ state: deviceId }).catch(() => undefined);
    },
    async signOut(runId) {
      await guard(async () => {
        const { url } = await api.endSession({ runId });
        window.open(url, '_blank', 'noopener');
      });
    },
    async callEndpoint(runId, operation, token) {
      await guard(async () => {
        const result = await api.callTokenEndpoint({ runId, operation, token });
        set((s) => ({ endpointResults: { ...s.endpointResults, [runId]: [...(s.endpointResults[runId] ?? []), result] } }));
      });
    },
  };
});
