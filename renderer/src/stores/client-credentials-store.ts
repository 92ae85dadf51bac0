import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClientCredentialsRequest, FlowResult } from '../../../shared/contract/flow';
import type { ApiResourceSummary } from '../../../shared/contract/connection';
import { requestedScopes } from './offered-resources';

interface ClientCredentialsState {
  /** The app picked; the panel uses it only while the connection shown has it. */
  clientId?: string;
  resources: string[];
  scopes: string[];
  /** Logto organization token for an M2M app in that organization; empty for none. */
  organizationId: string;
  /** RFC 9449 DPoP-bound token. */
  dpop: boolean;
  running: boolean;
  /** The last result, for the replay view's "use the last flow's token"; the run itself is in the run list. */
  result?: FlowResult;
  setClient(clientId: string): void;
  setOptions(patch: Partial<Pick<ClientCredentialsState, 'organizationId' | 'dpop'>>): void;
  toggleResource(indicator: string): void;
  toggleScope(scope: string): void;
  /** Replaces the values the user typed (not offered by the connection), keeping the ticked ones. */
  setTyped(field: 'resources' | 'scopes', known: string[], typed: string[]): void;
  /** `offered`: the resources the form shows; scopes ticked under one no longer ticked are not sent. */
  run(connectionId: string, clientId: string, offered: readonly ApiResourceSummary[]): Promise<void>;
}

const toggle = (values: string[], value: string) =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

export interface ClientCredentialsDeps {
  /** The flows store's action: it records the run and lists it with every grant's. */
  runClientCredentials(request: ClientCredentialsRequest): Promise<FlowResult | undefined>;
}

export type ClientCredentialsStore = StoreApi<ClientCredentialsState>;

export const createClientCredentialsStore = ({ runClientCredentials }: ClientCredentialsDeps): ClientCredentialsStore =>
  createStore<ClientCredentialsState>((set, get) => ({
    resources: [],
    scopes: [],
    organizationId: '',
    dpop: false,
    running: false,
    setClient: (clientId) => set({ clientId }),
    setOptions: (patch) => set(patch),
    toggleResource: (indicator) => set((s) => ({ resources: toggle(s.resources, indicator) })),
    toggleScope: (scope) => set((s) => ({ scopes: toggle(s.scopes, scope) })),
    setTyped: (field, known, typed) =>
      set((s) => ({ [field]: [...s[field].filter((v) => known.includes(v)), ...typed] })),
    async run(connectionId, clientId, offered) {
      const { resources, scopes, running, organizationId, dpop } = get();
      if (running || !clientId) return;
      set({ running: true });
      try {
        // A failure of Tokenscope itself is the run list's callError, shown with every grant's.
        const result = await runClientCredentials({
          connectionId,
          clientId,
          resources,
          scope: requestedScopes(offered, resources, scopes).join(' '),
          ...(organizationId.trim() ? { organizationId: organizationId.trim() } : {}),
          ...(dpop ? { dpop: true } : {}),
        });
        set({ result });
      } finally {
        set({ running: false });
      }
    },
  }));
