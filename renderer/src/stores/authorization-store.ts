import { create } from 'zustand';

/** The authorization request the user is building; the URL and its checks are derived, never stored. */
export interface AuthorizationDraftState {
  clientId?: string;
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
  set(patch: Partial<Omit<AuthorizationDraftState, 'set'>>): void;
}

export const useAuthorizationDraft = create<AuthorizationDraftState>((set) => ({
  scopes: ['openid', 'profile'],
  resources: [],
  prompt: '',
  loginHint: '',
  organizationId: '',
  extraParams: '',
  par: false,
  dpop: false,
  set: (patch) => set(patch),
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
