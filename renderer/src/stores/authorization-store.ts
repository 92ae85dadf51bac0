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
  set(patch: Partial<Omit<AuthorizationDraftState, 'set'>>): void;
}

export const useAuthorizationDraft = create<AuthorizationDraftState>((set) => ({
  scopes: ['openid', 'profile'],
  resources: [],
  prompt: '',
  loginHint: '',
  organizationId: '',
  extraParams: '',
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
