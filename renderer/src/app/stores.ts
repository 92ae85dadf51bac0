import { windowTransport as transport } from './window-transport';
import { useStore, type StoreApi } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { bindHooks, bindLazyHook, type StoreHook } from '../stores/bind-hook';
import { createWindowStores, type ViewStores } from '../stores/window-stores';
import { selectedConnection } from '../stores/connections-store';

const deps = {
  api: transport.api,
  // The system browser: a new tab in the browser host; the desktop shell hands it to the OS browser.
  openUrl: (url: string) => void window.open(url, '_blank', 'noopener'),
};

// The first screen's stores are made now, the other views' with their chunk the first time a view (or the first-run
// offer) needs them; a window's stores live as long as it does.
const wired = createWindowStores({ ...deps, subscribe: transport.subscribe }, () => import('../stores/view-stores'));
const { firstScreen, made } = wired;
export const { loadViewStores } = wired;

// Loaded now, not after the first commit (issue 18, start-up): the default workspace's connections and runs do not
// wait for the list of workspaces either, and their answers are already on their way (window-transport.ts).
/** Settles when the first screen's data has answered, whether each call succeeded or not (the stores keep errors). */
export const firstScreenLoaded: Promise<unknown> = Promise.allSettled([
  firstScreen.connections.getState().load(),
  firstScreen.workspaces.getState().load(),
  firstScreen.flows.getState().load(),
]);

type StateOf<S> = S extends StoreApi<infer T> ? T : never;
const viewHook = <K extends keyof ViewStores>(key: K): StoreHook<StateOf<ViewStores[K]>> =>
  bindLazyHook(() => made.getState().views?.[key] as StoreApi<StateOf<ViewStores[K]>> | undefined, loadViewStores);

export const { useWorkspaces, useConnections, useFlows, useClientCredentials, useKnowledge } = bindHooks(firstScreen);
export const useSandbox = viewHook('sandbox');
export const useReplay = viewHook('replay');
export const useInspector = viewHook('inspector');
export const useCompare = viewHook('compare');
export const useLessons = viewHook('lessons');
export const useTenant = viewHook('tenant');
export const useDoctor = viewHook('doctor');
export const useDiscovery = viewHook('discovery');

// No lesson can be open before the views' stores exist; the shell asks without making them.
const noLesson = createStore<{ openId?: string }>(() => ({}));
export const useLessonOpen = () => {
  const lessons = (useStore(made, (s) => s.views?.lessons) ?? noLesson) as StoreApi<{ openId?: string }>;
  return useStore(lessons, (s) => s.openId !== undefined);
};

export const useSelectedConnection = () => useConnections(selectedConnection);
