import type { FormEvent, KeyboardEvent } from 'react';
import { SAMPLE_ROUTES } from '../../../../shared/sandbox/sample-api';
import { MAX_RESPONSE_BYTES, MAX_TIME_LIMITS } from '../../../../shared/replay/replay-limits';
import { useSelectedConnection, useReplay } from '../../app/stores';
import { Spinner } from '../../components/Spinner';
import { TokenPicker } from './TokenPicker';
import { TextField } from '../../components/form-fields';
import { TextAreaField } from '../../components/TextAreaField';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** Method, URL, headers and body; a plain text area for the body keeps this view light (no Monaco to load). */
export function RequestComposer({ onSave }: { onSave(): void }) {
  const { composer, edit, send, sending, current, resendAndCompare } = useReplay();
  const connection = useSelectedConnection();
  // The sandbox serves its sample products and orders APIs beside its issuer (…/oidc → …/sample-api).
  const sandboxOrigin = connection?.kind === 'sandbox' ? connection.issuer.replace(/\/oidc\/?$/, '') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form className="request-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label="API request">
      <h2>
        Call an API <small>sent from the main side: no CORS</small>
      </h2>
      <div className="replay-line">
        <select
          aria-label="Method"
          data-testid="replay-method"
          value={composer.method}
          onChange={(e) => edit({ method: e.target.value })}
        >
          {METHODS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
        <input
          type="text"
          aria-label="URL"
          data-testid="replay-url"
          list="replay-url-suggestions"
          className="replay-url"
          placeholder={sandboxOrigin ? `${sandboxOrigin}/sample-api/products` : 'https://api.example.com/products'}
          value={composer.url}
          onChange={(e) => edit({ url: e.target.value })}
        />
        {sandboxOrigin && (
          <datalist id="replay-url-suggestions">
            {SAMPLE_ROUTES.map((r) => (
              <option
                key={`${r.method} ${r.path}`}
                value={`${sandboxOrigin}${r.path.replace(':id', 'p-1')}`}
              >{`${r.method} · needs ${r.scope}`}</option>
            ))}
          </datalist>
        )}
      </div>
      {sandboxOrigin && !composer.url && (
        <p className="hint">
          The sandbox's sample API:{' '}
          <button
            type="button"
            className="link"
            data-testid="replay-sample-url"
            onClick={() => edit({ url: `${sandboxOrigin}/sample-api/products` })}
          >
            {sandboxOrigin}/sample-api/products
          </button>{' '}
          (GET needs <code>read:products</code>, DELETE <code>delete:products</code>).
        </p>
      )}
      <div className="field-row">
        <TextAreaField
          label="Headers"
          hint={
            <>
              one <code>Name: value</code> per line
            </>
          }
          testId="replay-headers"
          rows={4}
          spellCheck={false}
          value={composer.headersText}
          onValue={(headersText) => edit({ headersText })}
        />
        <TextAreaField
          label="Body"
          hint="sent with POST, PUT, PATCH, DELETE"
          testId="replay-body"
          rows={4}
          spellCheck={false}
          value={composer.body}
          onValue={(body) => edit({ body })}
        />
      </div>
      <div className="field-row">
        <TextField
          label="Max time (s)"
          className="narrow"
          type="text"
          inputMode="decimal"
          testId="replay-max-time"
          placeholder={String(MAX_TIME_LIMITS.defaultSeconds)}
          value={composer.maxTime}
          onValue={(maxTime) => edit({ maxTime })}
        />
        <p className="hint">
          The whole call ends after this many seconds, like curl's <code>--max-time</code> (
          {MAX_TIME_LIMITS.defaultSeconds} when empty, at most {MAX_TIME_LIMITS.maxSeconds}); an answer is read up to{' '}
          {MAX_RESPONSE_BYTES / 1024 / 1024} MiB. What arrived before a limit is kept.
        </p>
      </div>
      <TokenPicker />
      <div className="actions">
        <button type="submit" data-testid="replay-send" disabled={sending} aria-keyshortcuts="Control+Enter">
          Send
        </button>
        <button
          type="button"
          data-testid="replay-resend"
          disabled={sending || !current}
          onClick={() => void resendAndCompare()}
          title="Send the shown call again with the token picked above, and compare the two answers"
        >
          Re-send with this token and compare
        </button>
        <button type="button" data-testid="replay-save" onClick={onSave}>
          Save request
        </button>
        {sending && <Spinner label="Calling…" />}
        <span className="hint">Ctrl+Enter sends</span>
      </div>
    </form>
  );
}
