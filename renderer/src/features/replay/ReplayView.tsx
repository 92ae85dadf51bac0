import { useCallback, useEffect } from 'react';
import { parseHeaderLines } from '../../../../shared/replay/header-lines';
import { useReplay, useWorkspaces } from '../../app/stores';
import { composerOf, requestOf } from '../../stores/replay-store';
import { HistoryList } from './HistoryList';
import { RequestComposer } from './RequestComposer';
import { ResponseDiffView } from './ResponseDiffView';
import { ResponseView } from './ResponseView';

/** Call an API with a token, see why it answers 401 or 403, keep and search every call (the workspace is picked in the sidebar). */
export function ReplayView() {
  const { current, comparison, callError, open, closeComparison, composer, edit } = useReplay();
  const { status, load, loadHistory, workspaces, currentId, saveRequest, deleteSavedRequest } = useWorkspaces();
  const openEntry = useCallback((id: string) => void open(id), [open]);
  const saved = workspaces.find((w) => w.id === currentId)?.savedRequests ?? [];

  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);

  // History is the heavy part of a workspace: loaded when shown, again for each workspace picked.
  useEffect(() => {
    void loadHistory();
  }, [currentId, loadHistory]);

  const save = () => {
    const parsed = parseHeaderLines(composer.headersText);
    const name = window.prompt('Name of the saved request', `${composer.method} ${composer.url}`);
    if (name === null) return;
    // The time limit goes with the request when it is one; headers are kept even with a problem, as before.
    const maxTimeSeconds = requestOf(composer).request?.maxTimeSeconds;
    const body = composer.body ? { body: composer.body } : {};
    const limit = maxTimeSeconds !== undefined ? { maxTimeSeconds } : {};
    void saveRequest(name, { method: composer.method, url: composer.url, headers: parsed.headers, ...body, ...limit });
  };

  return (
    <div className="panel replay" data-testid="replay-view">
      <div className="replay-columns">
        <div className="replay-main">
          <RequestComposer onSave={save} />
          {callError && (
            <p className="error-card" role="alert" data-testid="replay-call-error">
              {callError}
            </p>
          )}
          {comparison ? (
            <ResponseDiffView before={comparison.before} after={comparison.after} onClose={closeComparison} />
          ) : (
            current && <ResponseView entry={current} />
          )}
        </div>
        <div className="replay-side">
          {saved.length > 0 && (
            <section aria-label="Saved requests" className="replay-saved">
              <h2>Saved requests</h2>
              <ul>
                {saved.map((r) => (
                  <li key={r.id}>
                    <button type="button" className="link" onClick={() => edit(composerOf(r.request))}>
                      {r.name}
                    </button>{' '}
                    <button type="button" aria-label={`Delete ${r.name}`} onClick={() => void deleteSavedRequest(r.id)}>
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <HistoryList onOpen={openEntry} selectedId={current?.id} />
        </div>
      </div>
    </div>
  );
}
