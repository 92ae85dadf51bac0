import { create } from 'zustand';
import type { ClientSummary, ConnectionSummary } from '../../../shared/contract/connection';

/** The authorization request the user is building; the URL and its checks are derived, never stored. */
export interface AuthorizationDraftState {
  /**
   * The app picked, per connection. Never read directly: `signInClient` derives the one in use from the connection
   * shown, so a connection added or switched to can never sign in with another connection's client.
   */
  clientIds: Record<string, string>;
  scopes: string[];
  resources: string[];
  prompt: '' | 'login' | 'consent' | 'none';
  loginHint: string;
  organizationId: string;
  /** name=value per line. */
  extraParams: string;
  /** RFC 9126: the parameters go to the server first; the browser gets only client_id and request_uri. */
  par: boolean;
  /** RFC 9449: the code is redeemed with a DPoP proof, binding the tokens to a key the run holds. */
  dpop: boolean;
  set(patch: Partial<Omit<AuthorizationDraftState, 'set' | 'clientIds' | 'pickClient'>>): void;
  pickClient(connectionId: string, clientId: string): void;
}

/** The apps a user can sign in to: Logto gives M2M apps no user. */
export const userClients = (connection: ConnectionSummary): ClientSummary[] =>
  connection.clients.filter((c) => c.kind !== 'm2m');

/** The client the sign-in uses on `connection`: the one picked there, if it still has it, else its first user app. */
export function signInClient(connection: ConnectionSummary, clientIds: Record<string, string>): string | undefined {
  const clients = userClients(connection);
  const picked = clientIds[connection.id];
  return clients.some((c) => c.clientId === picked) ? picked : clients[0]?.clientId;
}

export const useAuthorizationDraft = create<AuthorizationDraftState>((set) => ({
  clientIds: {},
  scopes: ['openid', 'profile'],
  resources: [],
  prompt: '',
  loginHint: '',
  organizationId: '',
  extraParams: '',
  par: false,
  dpop: false,
  set: (patch) => set(patch),
  pickClient: (connectionId, clientId) => set((s) => ({ clientIds: { ...s.clientIds, [connectionId]: clientId } })),
}));

export function parseExtraParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    const name = (at < 0 ? line : line.slice(0, at)).trim();
    if (name) params[name] = at < 0 ? '' : line.slice(at + 1).trim();
  }
  return params;
}
