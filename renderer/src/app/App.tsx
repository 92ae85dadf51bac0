import { lazy, Suspense, useEffect } from 'react';
import { useConnections, useSelectedConnection, useLessonOpen } from './stores';
import { useNavigation, VIEWS } from '../stores/navigation-store';
import { RequestView } from '../features/request/RequestView';
import { Spinner } from '../components/Spinner';
import { rovingKeyDown } from '../components/roving-focus';
import { ConnectionList } from './ConnectionList';
import { VaultNotice } from './VaultNotice';
import { WorkspaceBar } from './WorkspaceBar';

// The first screen is "Request a token"; the other views load when first shown, so start-up carries only it.
const InspectorView = lazy(() =>
  import('../features/inspector/InspectorView').then((m) => ({ default: m.InspectorView })),
);
const ReplayView = lazy(() => import('../features/replay/ReplayView').then((m) => ({ default: m.ReplayView })));
const CompareView = lazy(() => import('../features/compare/CompareView').then((m) => ({ default: m.CompareView })));
const TenantView = lazy(() => import('../features/tenant/TenantView').then((m) => ({ default: m.TenantView })));
const DoctorView = lazy(() => import('../features/doctor/DoctorView').then((m) => ({ default: m.DoctorView })));
const DiscoveryView = lazy(() =>
  import('../features/discovery/DiscoveryView').then((m) => ({ default: m.DiscoveryView })),
);
const SandboxView = lazy(() => import('../features/sandbox/SandboxView').then((m) => ({ default: m.SandboxView })));
const LessonsView = lazy(() => import('../features/lessons/LessonsView').then((m) => ({ default: m.LessonsView })));
const LessonPanel = lazy(() => import('../features/lessons/LessonPanel').then((m) => ({ default: m.LessonPanel })));

export function App() {
  const { status, error, load, appInfo } = useConnections();
  const connection = useSelectedConnection();
  const { view, show } = useNavigation();
  const lessonOpen = useLessonOpen();
  // The connections, workspaces and runs are asked for before React is even evaluated (app/window-transport.ts), and
  // the first render waits for their answers (main.tsx).
  // Alt+1, Alt+2…: switch views from anywhere (Ctrl+digit belongs to the browser's own tabs).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const target = VIEWS.find((v) => v.shortcut === event.key);
      if (target) {
        event.preventDefault();
        show(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  return (
    <div className={lessonOpen ? 'app with-lesson' : 'app'} data-testid="app-ready" data-status={status}>
      <header className="topbar">
        <h1>Tokenscope</h1>
        <nav className="tabs" role="tablist" aria-label="Views">
          {VIEWS.map((v, index) => (
            <button
              key={v.id}
              role="tab"
              aria-selected={view === v.id}
              tabIndex={view === v.id ? 0 : -1}
              onKeyDown={(e) => rovingKeyDown(e, index, VIEWS.length, (i) => show(VIEWS[i]!.id))}
              aria-keyshortcuts={`Alt+${v.shortcut}`}
              title={`Alt+${v.shortcut}`}
              data-testid={`tab-${v.id}`}
              onClick={() => show(v.id)}
            >
              {v.label}
            </button>
          ))}
        </nav>
        {appInfo && (
          <span className="hint shell">
            {appInfo.shell === 'electron' ? 'desktop' : 'browser'} · v{appInfo.version}
          </span>
        )}
      </header>
      <aside className="sidebar">
        <WorkspaceBar />
        <ConnectionList />
      </aside>
      <main className="content">
        {appInfo && <VaultNotice vault={appInfo.vault} />}
        {status === 'loading' && <Spinner label="Starting…" />}
        {status === 'error' && (
          <div className="error-card" role="alert">
            <strong>Tokenscope could not load its connections.</strong>
            <p>{error}</p>
            <button onClick={() => void load()}>Try again</button>
          </div>
        )}
        <Suspense fallback={<Spinner label="Loading…" />}>
          {view === 'inspect' && <InspectorView />}
          {view === 'replay' && <ReplayView />}
          {view === 'compare' && <CompareView />}
          {view === 'sandbox' && <SandboxView />}
          {view === 'lessons' && <LessonsView />}
          {view === 'tenant' && <TenantView />}
          {view === 'doctor' && <DoctorView />}
          {view === 'discover' && <DiscoveryView />}
        </Suspense>
        {view === 'request' && connection?.unavailable && (
          <div className="error-card" role="alert" data-testid="connection-unavailable">
            <p>{connection.unavailable}</p>
          </div>
        )}
        {view === 'request' && connection && !connection.unavailable && <RequestView connection={connection} />}
      </main>
      {lessonOpen && (
        <Suspense fallback={<Spinner label="Loading the lesson…" />}>
          <LessonPanel />
        </Suspense>
      )}
    </div>
  );
}
