import { useEffect } from 'react';
import { useConnections, useSelectedConnection } from '../stores/connections-store';
import { ClientCredentialsPanel } from '../features/client-credentials/ClientCredentialsPanel';
import { Spinner } from '../components/Spinner';
import { ConnectionList } from './ConnectionList';

export function App() {
  const { status, error, load, appInfo } = useConnections();
  const connection = useSelectedConnection();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="app" data-testid="app-ready" data-status={status}>
      <header className="topbar">
        <h1>Tokenscope</h1>
        <span className="tagline">OAuth 2 · OpenID Connect · RFC 8707 resources, explained</span>
        {appInfo && <span className="hint shell">{appInfo.shell === 'electron' ? 'desktop' : 'browser'} · v{appInfo.version}</span>}
      </header>
      <aside className="sidebar">
        <ConnectionList />
      </aside>
      <main className="content">
        {status === 'loading' && <Spinner label="Starting…" />}
        {status === 'error' && (
          <div className="error-card" role="alert">
            <strong>Tokenscope could not load its connections.</strong>
            <p>{error}</p>
            <button onClick={() => void load()}>Try again</button>
          </div>
        )}
        {connection?.unavailable && (
          <div className="error-card" role="alert" data-testid="connection-unavailable">
            <p>{connection.unavailable}</p>
          </div>
        )}
        {connection && !connection.unavailable && <ClientCredentialsPanel connection={connection} />}
      </main>
    </div>
  );
}
