import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TokenscopeApi } from '../../../shared/contract/api';
import type { DiscoveryReport } from '../../../shared/discovery/discovery-report';

/** The client the sign-in uses: one the server registers now, or a saved one (connection and client id). */
export type ClientPick = { register: true } | { connectionId: string; clientId: string };

interface DiscoveryState {
  url: string;
  report?: DiscoveryReport;
  /** The scopes ticked for the sign-in. */
  scopes: string[];
  client?: ClientPick;
  running: boolean;
  callError?: string;
  setUrl(url: string): void;
  /** Calls the URL and follows its metadata to the authorization server (RFC 9728, RFC 8414). */
  discover(): Promise<void>;
  toggleScope(scope: string): void;
  pickClient(client: ClientPick): void;
  /** Registers or picks the client, starts the sign-in for the API and opens it in the browser. */
  signIn(): Promise<void>;
  /** The main side's `discovery-updated`: fetch the chain again when it is the one shown. */
  updated(discoveryId: string): Promise<void>;
}

export interface DiscoveryStoreDeps {
  api: TokenscopeApi;
  workspaceId(): string;
  openUrl(url: string): void;
}

export type DiscoveryStore = StoreApi<DiscoveryState>;

/** A saved client first (the user already has it), else registration when the server offers it. */
function defaultClient(report: DiscoveryReport): ClientPick | undefined {
  const known = report.knownClients?.[0];
  if (known) return { connectionId: known.connectionId, clientId: known.clientId };
  return report.registrationEndpoint ? { register: true } : undefined;
}

export const createDiscoveryStore = ({ api, workspaceId, openUrl }: DiscoveryStoreDeps): DiscoveryStore =>
  createStore<DiscoveryState>((set, get) => ({
    url: '',
    scopes: [],
    running: false,
    setUrl: (url) => set({ url }),
    async discover() {
      const url = get().url.trim();
      if (!url || get().running) return;
      set({ running: true, callError: undefined, report: undefined });
      try {
        const report = await api.discoverApi({ url, workspaceId: workspaceId() });
        set({ report, scopes: report.preselectedScopes ?? [], client: defaultClient(report) });
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        set({ running: false });
      }
    },
    toggleScope: (scope) =>
      set(({ scopes }) => ({
        scopes: scopes.includes(scope) ? scopes.filter((s) => s !== scope) : [...scopes, scope],
      })),
    pickClient: (client) => set({ client }),
    async signIn() {
      const { report, client, scopes, running } = get();
      if (!report || running) return;
      set({ running: true, callError: undefined });
      try {
        const saved = client && 'connectionId' in client ? client : {};
        const next = await api.signInToApi({ discoveryId: report.id, ...saved, scope: scopes.join(' ') });
        set({ report: next });
        if (next.authorizationUrl) openUrl(next.authorizationUrl);
      } catch (error) {
        set({ callError: (error as Error).message });
      } finally {
        set({ running: false });
      }
    },
    async updated(discoveryId) {
      if (get().report?.id !== discoveryId) return;
      try {
        const report = await api.getDiscovery({ discoveryId });
        if (get().report?.id === discoveryId) set({ report });
      } catch (error) {
        set({ callError: (error as Error).message });
      }
    },
  }));
