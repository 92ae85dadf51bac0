import type { ClipboardEvent, FormEvent, KeyboardEvent } from 'react';
import { useInspector } from '../../app/stores';
import { Spinner } from '../../components/Spinner';
import { CheckRows } from './CheckRows';
import { DecodedParts } from './DecodedParts';
import { ScopeTable } from './ScopeTable';
import { CompareWithButton } from './CompareWithButton';
import { SessionTokenPicker } from './SessionTokenPicker';
import { kindSentence } from './kind-sentence';
import { verdictSentence } from './verdict-sentence';
import { TextField } from '../../components/form-fields';
import { TextAreaField } from '../../components/TextAreaField';

interface TextCheck {
  key: 'issuer' | 'expectedAudience' | 'requiredScopes';
  label: string;
  hint: string;
  testId: string;
  placeholder: string;
}

/** What the token is checked against, besides the clock. */
const TEXT_CHECKS: readonly TextCheck[] = [
  {
    key: 'issuer',
    label: 'Issuer to trust',
    hint: "keys come from its jwks_uri; empty: the token's own iss, which proves nothing (not verified)",
    testId: 'inspect-issuer',
    placeholder: 'https://your-tenant.logto.app/oidc',
  },
  {
    key: 'expectedAudience',
    label: 'Expected audience',
    hint: "the API's resource indicator",
    testId: 'inspect-audience',
    placeholder: 'https://api.example.com',
  },
  {
    key: 'requiredScopes',
    label: 'Required scopes',
    hint: 'what the API operation needs, space-separated',
    testId: 'inspect-scopes',
    placeholder: 'read:products',
  },
];

export function InspectorView() {
  const { input, edit, inspect, paste, inspectFromFlow, inspectRun, running, analysis, scopes, callError } =
    useInspector();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void inspect();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void inspect();
  };
  // A pasted token replaces the field and is inspected at once; typing still works as in any field.
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text');
    if (!text.trim()) return;
    event.preventDefault();
    void paste(text);
  };
  const verdict = analysis ? verdictSentence(analysis) : undefined;
  const textCheckField = ({ key, ...field }: TextCheck) => (
    <TextField key={key} type="text" {...field} value={input[key]} onValue={(value) => edit({ [key]: value })} />
  );

  return (
    <div className="panel">
      <form className="request-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label="Inspect a token">
        <h2>
          Inspect a token <small>every check an API should make, all reported</small>
        </h2>
        <TextAreaField
          label="Token"
          hint="pasting inspects at once"
          hintId="inspect-token-hint"
          testId="inspect-token"
          rows={4}
          spellCheck={false}
          placeholder="Paste an access token, ID token, opaque token, refresh token or PAT"
          value={input.token}
          onValue={(token) => edit({ token })}
          onPaste={onPaste}
          aria-describedby="inspect-token-hint"
        />
        <SessionTokenPicker
          label="Or a token of this session"
          testId="inspect-session-token"
          onPick={({ runId, token, which, issuer, resource, scopes: runScopes }) =>
            // A run's token is checked by the run's id, on the main side that holds it.
            void (runId
              ? inspectRun({ runId, token, which, issuer, resource, scopes: runScopes })
              : inspectFromFlow(token, issuer, resource))
          }
        />
        {/* Two rows: the issuer and the audience, then the scopes with the clock skew. */}
        <div className="field-row">{TEXT_CHECKS.slice(0, 2).map(textCheckField)}</div>
        <div className="field-row">
          {TEXT_CHECKS.slice(2).map(textCheckField)}
          <TextField
            label="Clock skew (s)"
            className="narrow"
            type="number"
            min={0}
            max={86400}
            value={String(input.clockSkewSeconds)}
            onValue={(text) => edit({ clockSkewSeconds: Math.max(0, Number(text) || 0) })}
          />
        </div>
        <div className="actions">
          <button type="submit" data-testid="inspect-run" disabled={running || !input.token.trim()}>
            Inspect
          </button>
          <span className="hint">Ctrl+Enter</span>
          {running && <Spinner label="Fetching the issuer's keys and checking…" />}
        </div>
      </form>

      {callError && (
        <div className="error-card" role="alert">
          <strong>Tokenscope could not inspect the token.</strong>
          <p>{callError}</p>
        </div>
      )}

      {analysis && verdict && (
        <div className="result" data-testid="inspect-result">
          <p className={`token-kind kind-${analysis.kind}`} data-testid="token-kind" data-kind={analysis.kind}>
            <b>{kindSentence(analysis.kind, analysis.label)}</b> {analysis.explanation}
          </p>
          {/* Not verified is never shown as a pass: it takes the failure's colour, with why and the fix. */}
          <p
            className={verdict.tone === 'pass' ? 'verdict verdict-pass' : 'verdict verdict-fail'}
            data-testid="inspect-verdict"
            data-verdict={analysis.verdict.status}
            role={verdict.tone === 'pass' ? undefined : 'status'}
          >
            <b>{analysis.label}</b>: {verdict.headline}{' '}
            {verdict.reason && <span data-testid="inspect-verdict-reason">{verdict.reason} </span>}
            {verdict.fix && (
              <span data-testid="inspect-verdict-fix">
                <b>Fix:</b> {verdict.fix}{' '}
              </span>
            )}
            <CompareWithButton token={input.token.trim()} />
          </p>
          <CheckRows checks={analysis.checks} />
          {scopes && <ScopeTable diff={scopes} />}
          <DecodedParts header={analysis.header} payload={analysis.payload} />
        </div>
      )}
    </div>
  );
}
