import { create } from 'zustand';

export const GRANT_CHOICES = [
  { id: 'client_credentials', label: 'Client credentials (M2M)' },
  { id: 'authorization_code', label: 'Authorization code (user sign-in)' },
  { id: 'token_exchange', label: 'Token exchange (PAT)' },
  { id: 'device_code', label: 'Device code' },
] as const;

export type GrantChoice = (typeof GRANT_CHOICES)[number]['id'];

/** The grant "Request a token" shows: kept here, not in the view, so visiting another view does not reset it. */
export const useGrantChoice = create<{ grant: GrantChoice; choose(grant: GrantChoice): void }>((set) => ({
  grant: 'client_credentials',
  choose: (grant) => set({ grant }),
}));
