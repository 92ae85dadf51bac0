import { useRef, useState } from 'react';
import { useWorkspaces, useConnections } from './stores';
import { Select } from '../components/form-fields';

/** Pick, create, export and import workspaces (connections, saved requests, history); what the store repaired on load, said once. */
export function WorkspaceBar() {
  const {
    workspaces,
    currentId,
    notices,
    select,
    create,
    remove,
    dismissNotices,
    exportCurrent,
    importText,
    lastImport,
    dismissImport,
    callError,
  } = useWorkspaces();
  const openSecretsForm = useConnections((s) => s.openSecretsForm);
  const [exported, setExported] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async (includeHistory: boolean) => {
    const text = await exportCurrent(includeHistory);
    if (!text) return;
    setExported(text);
    const name = workspaces.find((w) => w.id === currentId)?.name ?? 'workspace';
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = `${name.replace(/[^\w-]+/g, '-')}.tokenscope.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <section className="workspace-bar" aria-label="Workspace">
      <h2>Workspace</h2>
      {notices.length > 0 && (
        <div className="notice notice-warn" role="alert" data-testid="workspace-notices">
          <span>{notices.join(' ')}</span>
          <button type="button" onClick={() => void dismissNotices()}>
            Got it
          </button>
        </div>
      )}
      <Select
        aria-label="Workspace"
        testId="workspace-select"
        value={currentId}
        onValue={select}
        options={workspaces.map((w) => ({
          value: w.id,
          label: `${w.name} · ${w.historyCount} ${w.historyCount === 1 ? 'call' : 'calls'}`,
        }))}
      />
      <div className="actions">
        <button
          type="button"
          data-testid="workspace-new"
          onClick={() => {
            const name = window.prompt('Name of the new workspace');
            if (name) void create(name);
          }}
        >
          New…
        </button>
        {currentId !== 'default' && (
          <button
            type="button"
            onClick={() => {
              if (
                window.confirm(
                  'Delete this workspace: its connections and their secrets, its saved requests and its history?',
                )
              )
                void remove(currentId);
            }}
          >
            Delete
          </button>
        )}
        <button
          type="button"
          data-testid="workspace-export"
          onClick={() => void download(false)}
          title="JSON without tokens, secrets or Authorization headers"
        >
          Export
        </button>
        <button type="button" onClick={() => void download(true)}>
          Export with history
        </button>
        <button type="button" data-testid="workspace-import-open" onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="workspace-import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Exports never carry a secret: the form asks for each one the imported connections need.
            if (file)
              void file
                .text()
                .then(importText)
                .then((result) => {
                  if (result?.secretsNeeded.length) openSecretsForm();
                });
            e.target.value = '';
          }}
        />
      </div>
      {callError && (
        <p className="error-card" role="alert">
          {callError}
        </p>
      )}
      {lastImport && lastImport.secretsNeeded.length + lastImport.notices.length > 0 && (
        <div className="notice" data-testid="workspace-import-result">
          <span>
            Imported “{lastImport.workspace.name}” with {lastImport.importedHistory} calls.{' '}
            {lastImport.notices.join(' ')}
            {lastImport.secretsNeeded.length > 0 &&
              ` Exports never carry secrets: enter them again for ${lastImport.secretsNeeded.map((s) => `${s.clientId} (${s.connectionName})`).join(', ')}.`}
          </span>
          <button type="button" onClick={dismissImport}>
            Got it
          </button>
        </div>
      )}
      {exported && (
        <p className="hint" data-testid="workspace-exported">
          Exported {Math.round(exported.length / 1024)} KB, no secrets in it.
        </p>
      )}
    </section>
  );
}
