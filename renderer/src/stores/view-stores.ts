import type { TokenscopeEvent } from '../../../shared/contract/events';
import type { FirstScreenStores, StoreDeps } from './first-screen-stores';
import { createCompareStore } from './compare-store';
import { createDiscoveryStore } from './discovery-store';
import { createDoctorStore } from './doctor-store';
import { createInspectorStore } from './inspector-store';
import { createLessonsStore } from './lessons-store';
import { createReplayStore } from './replay-store';
import { createSandboxStore } from './sandbox-store';
import { createTenantStore } from './tenant-store';

/**
 * The stores of the views other than the first screen, made over the first screen's stores when a view first needs
 * them (app/stores.ts loads this module then). Until then no event concerns them: a tenant read, a discovery or a
 * lesson is only ever started by their own views, and each view loads what it shows when it opens.
 */
export function createViewStores({ api, openUrl }: StoreDeps, { workspaces, flows }: FirstScreenStores) {
  const workspaceId = () => workspaces.getState().currentId;
  const sandbox = createSandboxStore({ api });
  const replay = createReplayStore({ api, workspaceId, onSent: (summary) => workspaces.getState().prepend(summary) });
  const inspector = createInspectorStore({ api });
  const compare = createCompareStore({ api });
  const lessons = createLessonsStore({ api, workspaceId, onWorldChanged: () => void sandbox.getState().load() });
  const tenant = createTenantStore({ api, workspaceId });
  const doctor = createDoctorStore({ api, workspaceId });
  const discovery = createDiscoveryStore({ api, workspaceId, openUrl });

  const stops = [
    workspaces.subscribe((state, previous) => {
      if (state.currentId !== previous.currentId) lessons.getState().workspaceChanged();
    }),
    // An open lesson is checked again whenever the session gets a new token or API answer.
    flows.subscribe((state, previous) => {
      if (state.runs !== previous.runs) void lessons.getState().check();
    }),
    replay.subscribe((state, previous) => {
      if (state.current !== previous.current) void lessons.getState().check();
    }),
  ];

  const stores = { sandbox, replay, inspector, compare, lessons, tenant, doctor, discovery };
  return { stores, stop: () => stops.forEach((stop) => stop()) };
}

export type ViewStores = ReturnType<typeof createViewStores>['stores'];

/** The other views' share of each event from the main side; `routeFirstScreenEvent` has the first screen's. */
export function routeViewEvent(stores: ViewStores, event: TokenscopeEvent): void {
  switch (event.type) {
    case 'world-applied':
      return void stores.sandbox.getState().worldChanged();
    case 'tenant-read-progress':
      return stores.tenant.getState().progressed(event);
    case 'discovery-updated':
      return void stores.discovery.getState().updated(event.discoveryId);
  }
}
