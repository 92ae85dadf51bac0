import { useState, type FormEvent } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { parseExtraParams, signInClient, useAuthorizationDraft } from '../../stores/authorization-store';
import { useFlows, useConnections } from '../../app/stores';
import { Spinner } from '../../components/Spinner';
import { SequenceDiagram } from './SequenceDiagram';
import { CheckField, LabeledSelect, LabelText } from '../../components/form-fields';

/**
 * Runs the authorization request built in the request builder: the system browser signs in, the redirect comes
 * back by tokenscope:// or loopback (RFC 8252), or the user pastes it.
 */
export function SignInPanel({ connection }: { connection: ConnectionSummary }) {
  const draft = useAuthorizationDraft();
  const { pending, busy, signIn, paste, cancel } = useFlows();
  const [pasted, setPasted] = useState('');
  const [tokenResource, setTokenResource] = useState('');
  const [inAppWindow, setInAppWindow] = useState(false);
  const desktop = useConnections((s) => s.appInfo?.shell === 'electron');
  const clientId = signInClient(connection, draft.clientIds);

  const start = (event: FormEvent) => {
    event.preventDefault();
    if (!clientId) return;
    void signIn({
      connectionId: connection.id,
      clientId,
      resources: draft.resources,
      scope: draft.scopes.join(' '),
      prompt: draft.prompt || undefined,
      loginHint: draft.loginHint || undefined,
      organizationId: draft.organizationId || undefined,
      extraParams: parseExtraParams(draft.extraParams),
      ...(draft.par ? { par: true } : {}),
      ...(draft.dpop ? { dpop: true } : {}),
      tokenResource: tokenResource || undefined,
      ...(desktop && inAppWindow ? { inAppWindow: true } : {}),
    });
  };

  return (
    <form className="request-form" onSubmit={start} aria-label="Sign in">
      <h2>
        Sign in <small>authorization code + PKCE S256 · RFC 6749 §4.1, RFC 7636</small>
      </h2>
      <p className="hint">
        Uses the request above: {clientId ?? 'no user-facing app'}, scopes “{draft.scopes.join(' ')}”,{' '}
        {draft.resources.length} resource(s).
      </p>
      <LabeledSelect
        label="Redeem the code for"
        hint="the token request's resource (RFC 8707 §2.2)"
        testId="token-resource"
        value={tokenResource}
        onValue={setTokenResource}
        options={[{ value: '', label: "the server's choice" }, ...draft.resources.map((r) => ({ value: r, label: r }))]}
      />
      {desktop && (
        <CheckField testId="in-app-window" checked={inAppWindow} onChange={setInAppWindow}>
          <LabelText
            label="Sign in inside Tokenscope"
            hint="for providers that need it; the system browser is the safer default (RFC 8252 §8.12)"
          />
        </CheckField>
      )}
      <div className="actions">
        <button type="submit" data-testid="sign-in" disabled={busy || !clientId || Boolean(pending)}>
          Sign in with the browser
        </button>
        {busy && <Spinner label="Working…" />}
      </div>
      {pending && (
        <div data-testid="sign-in-pending">
          <SequenceDiagram entries={[]} waiting />
          <Spinner
            label={`Waiting for the redirect to ${pending.redirectUri} (until ${new Date(pending.expiresAt).toLocaleTimeString()})`}
          />
          <p className="hint">
            The browser did not open?{' '}
            <a
              href={pending.authorizationUrl}
              target="_blank"
              rel="noreferrer noopener"
              data-testid="authorization-link"
            >
              Open the sign-in page
            </a>
            .{' '}
            <button type="button" onClick={cancel}>
              Stop waiting
            </button>
          </p>
        </div>
      )}
      <label className="field">
        <span>Or paste the URL the browser ended on</span>
        <input
          data-testid="paste-redirect"
          value={pasted}
          placeholder="tokenscope://callback?code=…&state=…"
          onChange={(e) => setPasted(e.target.value)}
        />
      </label>
      <div className="actions">
        <button
          type="button"
          data-testid="paste-submit"
          disabled={busy || !pasted.trim()}
          onClick={() => void paste(pasted).then(() => setPasted(''))}
        >
          Use this redirect
        </button>
      </div>
    </form>
  );
}
