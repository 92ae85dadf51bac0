import { create } from 'zustand';
import type { FlowResult } from '../../../shared/contract/flow';
import { api } from '../api/api';

interface ClientCredentialsState {
  clientId?: string;
  resources: string[];
  scopes: string[];
  /** Logto organization token for an M2M app in that organization; empty for none. */
  organizationId: string;
  /** RFC 9449 DPoP-bound token. */
  dpop: boolean;
  running: boolean;
  result?: FlowResult;
  /** The resources of the request that produced `result`; the form may have changed since. */
  lastRequestedResources?: string[];
  /** The scopes of that request, for the requested vs in-token table. */
  lastRequestedScopes?: string[];
  /** A failure of Tokenscope itself (not of the flow), with what to do. */
  callError?: string;
  setClient(clientId: string): void;
  setOptions(patch: Partial<Pick<ClientCredentialsState, 'organizationId' | 'dpop'>>): void;
  toggleResource(indicator: string): void;
  toggleScope(scope: string): void;
  /** Replaces the values the user typed (not offered by the connection), keeping the ticked ones. */
  setTyped(field: 'resources' | 'scopes', known: string[], typed: string[]): void;
  run(connectionId: string): Promise<void>;
}

const toggle = (values: string[], value: string) =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

export const useClientCredentials = create<ClientCredentialsState>((set, get) => ({
  resources: [],
  scopes: [],
  organizationId: '',
  dpop: false,
  running: false,
  setClient: (clientId) => set({ clientId }),
  setOptions: (patch) => set(patch),
  toggleResource: (indicator) => set((s) => ({ resources: toggle(s.resources, indicator) })),
  toggleScope: (scope) => set((s) => ({ scopes: toggle(s.scopes, scope) })),
  setTyped: (field, known, typed) => set((s) => ({ [field]: [...s[field].filter((v) => known.includes(v)), ...typed] })),
  async run(connectionId) {
    const { clientId, resources, scopes, running, organizationId, dpop } = get();
    if (running || !clientId) return;
    set({ running: true, callError: undefined });
    try {
      const result = await api.runClientCredentials({
        connectionId,
        clientId,
        resources,
        scope: scopes.join(' '),
        ...(organizationId.trim() ? { organizationId: organizationId.trim() } : {}),
        ...(dpop ? { dpop: true } : {}),
      });
      set({ result, lastRequestedResources: resources, lastRequestedScopes: scopes });
    } catch (error) {
      set({ callError: (error as Error).message, result: undefined });
    } finally {
      set({ running: false });
    }
  },
}));
