import { useClientCredentials, useFlows, useReplay } from '../../app/stores';
import { sessionTokens, type SessionRun } from '../inspector/session-tokens';
import { CheckField, LabelText, Select } from '../../components/form-fields';

/** The token to send: none (to see the 401), one pasted, one sent earlier in this session, or the last flow's. */
export function TokenPicker() {
  const { pick, pastedToken, knownTokens, setPick, setPastedToken, useToken, forceBearer, setForceBearer } =
    useReplay();
  const flow = useClientCredentials((s) => s.result);
  const flowToken =
    flow?.ok && typeof flow.tokenResponse.access_token === 'string' ? flow.tokenResponse.access_token : undefined;
  const runs = useFlows((s) => s.runs);
  // Every token of this session's runs (sign-ins, refreshes, exchanges), as the inspector offers them.
  const session = sessionTokens([
    ...(flow ? [{ label: 'Client credentials', result: flow } satisfies SessionRun] : []),
    ...runs.map((run): SessionRun => ({ label: run.label, result: run.result })),
  ]);
  const value = pick.kind === 'reference' ? `ref:${pick.ref}` : pick.kind;

  return (
    <fieldset className="field">
      <legend>
        Token{' '}
        <small>
          sent as <code>Authorization: Bearer</code> (RFC 6750 §2.1) from the main side, or as <code>DPoP</code> with a
          proof of its run&apos;s key when it is DPoP-bound (RFC 9449 §7.1); never stored
        </small>
      </legend>
      <div className="replay-token-row">
        <Select
          testId="replay-token-pick"
          aria-label="Token to send"
          value={value}
          onValue={(v) => {
            if (v === 'none' || v === 'paste') setPick({ kind: v });
            else setPick({ kind: 'reference', ref: v.slice('ref:'.length) });
          }}
          options={[
            { value: 'none', label: 'No token (see the 401)' },
            { value: 'paste', label: 'Pasted token' },
            ...knownTokens.map((t) => ({
              value: `ref:${t.ref}`,
              label: `${t.subject ? `${t.subject} · ` : ''}${t.scope !== undefined ? `scope "${t.scope}" · ` : ''}${t.masked}`,
            })),
          ]}
        />
        {session.length > 0 && (
          <Select
            aria-label="Use a token of this session"
            testId="replay-session-token"
            value=""
            onValue={(v) => {
              const picked = session[Number(v)];
              if (picked) useToken(picked.token);
            }}
            options={[
              { value: '', label: 'Use a token of this session…' },
              ...session.map((t, i) => ({ value: String(i), label: t.label })),
            ]}
          />
        )}
        {flowToken && (
          <button
            type="button"
            data-testid="replay-use-flow-token"
            onClick={() => useToken(flowToken)}
            title="The access token of the last run in “Request a token”"
          >
            Use the last requested token
          </button>
        )}
      </div>
      <CheckField testId="replay-force-bearer" checked={forceBearer} onChange={setForceBearer}>
        {' '}
        <LabelText
          label="Send a DPoP-bound token as Bearer anyway"
          hint="to see the API refuse it without a proof of its key, as a stolen copy would be"
        />
      </CheckField>
      {pick.kind === 'paste' && (
        <textarea
          data-testid="replay-token"
          aria-label="Access token"
          className="replay-token"
          rows={2}
          spellCheck={false}
          placeholder="eyJ… (an access token; a leading “Bearer ” is fine)"
          value={pastedToken}
          onChange={(e) => setPastedToken(e.target.value)}
        />
      )}
    </fieldset>
  );
}
