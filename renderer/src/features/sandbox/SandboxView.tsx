import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useSandbox } from '../../app/stores';
import { formatProblem } from '../../../../shared/sandbox/world-problem';
import { Spinner } from '../../components/Spinner';
import { WorldPicture } from './WorldPicture';

/** Moves the caret to a line of the editor, so a problem in the list is one click from its place. */
function goToLine(textarea: HTMLTextAreaElement | null, line?: number) {
  if (!textarea || !line) return;
  const lines = textarea.value.split('\n');
  const offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  textarea.focus();
  textarea.setSelectionRange(offset, offset + (lines[line - 1]?.length ?? 0));
  const lineHeight = textarea.scrollHeight / Math.max(lines.length, 1);
  textarea.scrollTop = Math.max(0, (line - 4) * lineHeight);
}

export function SandboxView() {
  const { state, draft, problems, busy, message, callError, load, edit, apply, reset } = useSandbox();
  const editor = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!state) void load();
  }, [state, load]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 's' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void apply();
    }
  };

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

      {state.world && <WorldPicture world={state.world} />}

      <section className="request-form" aria-label="World editor">
        <h2>
          World <small>YAML or JSON: API resources, roles, users, apps, organizations</small>
        </h2>
        <textarea
          ref={editor}
          className="world-editor"
          aria-label="World, YAML or JSON"
          data-testid="world-editor"
          spellCheck={false}
          rows={24}
          value={draft}
          onChange={(e) => edit(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={problems.length > 0}
        />
        {problems.length > 0 && (
          <ul className="problems" data-testid="world-problems" role="alert">
            {problems.map((p, i) => (
              <li key={i}>
                <button type="button" className="link" onClick={() => goToLine(editor.current, p.line)}>
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
