import './sandbox.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useSandbox } from '../../app/stores';
import { formatProblem } from '../../../../shared/sandbox/world-problem';
import { Spinner } from '../../components/Spinner';
import { WorldEditor, type WorldEditorHandle } from './WorldEditor';

// The graph (elkjs, its worker and the SVG view) loads when the Sandbox view first shows a world.
const WorldGraphPanel = lazy(() => import('./graph/WorldGraphPanel'));

/** How long the editor waits after the last keystroke before the world is checked and the graph redrawn. */
const CHECK_DELAY_MS = 400;

/**
 * The editor (Monaco and its YAML worker, which checks the whole world against its schema) opens once the graph is
 * drawn: started together, the two share the machine's cores and the graph of a large world took about 1.7x as long
 * (`npm run bench world-graph`). If the graph takes longer than this, the editor opens anyway.
 */
const EDITOR_WAITS_FOR_GRAPH_MS = 4_000;

export function SandboxView() {
  const { state, draft, problems, busy, message, callError, editedWorld, load, edit, check, apply, reset } =
    useSandbox();
  const editor = useRef<WorldEditorHandle>(null);
  const [graphDrawn, setGraphDrawn] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setGraphDrawn(true), EDITOR_WAITS_FOR_GRAPH_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    if (!state) void load();
  }, [state, load]);

  // Live: the graph follows the text once it validates; a broken text keeps the last good graph, problems shown.
  useEffect(() => {
    const timer = setTimeout(() => void check(), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, check]);

  if (!state)
    return callError ? (
      <div className="error-card" role="alert">
        <p>{callError}</p>
      </div>
    ) : (
      <Spinner label="Loading the sandbox…" />
    );
  const dirty = draft !== state.worldText;

  return (
    <div className="panel">
      <section className="request-form" aria-label="Sandbox status" data-testid="sandbox-status">
        <h2>
          Sandbox <small>a local authorization server that behaves like Logto; nothing leaves this machine</small>
        </h2>
        {state.running ? (
          <p>
            <span className="badge badge-pass">● running</span> issuer{' '}
            <code data-testid="sandbox-issuer">{state.issuer}</code> on port {state.port}
          </p>
        ) : (
          <p className="error-card" role="alert">
            Not running: {state.error}
          </p>
        )}
        <p className="hint">
          World: {state.usingDefaultWorld ? 'the default world' : 'your world'}, saved at <code>{state.worldFile}</code>{' '}
          when you apply one.
        </p>
        {state.loadProblem && (
          <p className="error-card" role="alert">
            {state.loadProblem}
          </p>
        )}
      </section>

      {(editedWorld ?? state.world) && (
        <Suspense fallback={<Spinner label="Loading the graph…" />}>
          <WorldGraphPanel
            world={(editedWorld ?? state.world)!}
            issuer={state.issuer}
            onFirstPicture={() => setGraphDrawn(true)}
          />
        </Suspense>
      )}

      <section className="request-form" aria-label="World editor">
        <h2>
          World <small>YAML or JSON: API resources, roles, users, apps, organizations</small>
        </h2>
        {graphDrawn || !(editedWorld ?? state.world) ? (
          <WorldEditor ref={editor} text={draft} problems={problems} onChange={edit} onSave={() => void apply()} />
        ) : (
          <Spinner label="The editor opens once the graph is drawn…" />
        )}
        {problems.length > 0 && (
          <ul className="problems" data-testid="world-problems" role="alert">
            {problems.map((p, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="link"
                  onClick={() => p.line && editor.current?.goToLine(p.line, p.column)}
                >
                  {formatProblem(p)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="actions">
          <button
            type="button"
            className="primary"
            data-testid="world-apply"
            disabled={busy || !dirty}
            onClick={() => void apply()}
            aria-keyshortcuts="Control+S"
          >
            Apply
          </button>
          <span className="hint">Ctrl+S</span>
          <button
            type="button"
            data-testid="world-revert"
            disabled={busy || !dirty}
            onClick={() => edit(state.worldText)}
          >
            Discard edits
          </button>
          <button
            type="button"
            data-testid="world-reset"
            disabled={busy || state.usingDefaultWorld}
            onClick={() => void reset()}
          >
            Reset to the default world
          </button>
          {busy && <Spinner label="Applying…" />}
          {message && (
            <span className="hint" data-testid="world-message">
              {message}
            </span>
          )}
        </div>
        {callError && (
          <div className="error-card" role="alert">
            <p>{callError}</p>
          </div>
        )}
      </section>
    </div>
  );
}
