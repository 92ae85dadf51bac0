import { create } from 'zustand';

export type View =
  'request' | 'inspect' | 'compare' | 'sandbox' | 'replay' | 'discover' | 'lessons' | 'tenant' | 'doctor';

export const VIEWS: { id: View; label: string; shortcut: string }[] = [
  { id: 'request', label: 'Request a token', shortcut: '1' },
  { id: 'inspect', label: 'Inspect a token', shortcut: '2' },
  { id: 'compare', label: 'Compare tokens', shortcut: '3' },
  { id: 'replay', label: 'Call an API', shortcut: '4' },
  { id: 'discover', label: 'Start from an API', shortcut: '5' },
  { id: 'lessons', label: 'Lessons', shortcut: '6' },
  { id: 'tenant', label: 'Tenant', shortcut: '7' },
  { id: 'doctor', label: 'Tenant doctor', shortcut: '8' },
  { id: 'sandbox', label: 'Sandbox', shortcut: '9' },
];

export const useNavigation = create<{ view: View; show(view: View): void }>((set) => ({
  view: 'request',
  show: (view) => set({ view }),
}));
