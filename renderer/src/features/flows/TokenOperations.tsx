import type { FlowRunRecord } from '../../stores/flows-store';
import { useFlows } from '../../app/stores';
import { JsonBlock } from '../../components/JsonBlock';
import { TimelineView } from './TimelineView';

/** Userinfo (OIDC Core §5.3), introspection (RFC 7662) and revocation (RFC 7009) with this run's tokens. */
export function TokenOperations({ run }: { run: FlowRunRecord }) {
  const { callEndpoint, endpointResults, busy, signOut } = useFlows();
  const { result } = run;
  if (!result.ok || !result.runId) return null;
  const runId = result.runId;
  const answers = endpointResults[runId] ?? [];
  const button = (
    label: string,
    operation: 'userinfo' | 'introspect' | 'revoke',
    token: 'access_token' | 'refresh_token',
  ) => (
    <button
      type="button"
      data-testid={`${operation}-${token}`}
      disabled={busy}
      onClick={() => void callEndpoint(runId, operation, token)}
    >
      {label}
    </button>
  );
  return (
    <section aria-label="Use the tokens">
      <p className="actions">
        {button('Userinfo', 'userinfo', 'access_token')}
        {button('Introspect access token', 'introspect', 'access_token')}
        {result.hasRefreshToken && button('Introspect refresh token', 'introspect', 'refresh_token')}
        {button('Revoke access token', 'revoke', 'access_token')}
        {result.hasRefreshToken && button('Revoke refresh token', 'revoke', 'refresh_token')}
        {result.grant === 'authorization_code' && (
          <button type="button" data-testid="sign-out" disabled={busy} onClick={() => void signOut(runId)}>
            Sign out at the server
          </button>
        )}
      </p>
      {answers.map((answer, i) => (
        <div key={i} data-testid="endpoint-result" className="result">
          {answer.ok ? (
            <JsonBlock label={`${answer.operation} (${answer.durationMs} ms)`} value={answer.body} />
          ) : (
            <div className="error-card" role="alert">
              <strong>
                {answer.operation}: {answer.error.status ? `${answer.error.status} ` : ''}
                <code>{answer.error.error}</code>
                {answer.error.errorDescription ? ` — ${answer.error.errorDescription}` : ''}
              </strong>
              <p>{answer.error.explanation}</p>
              <p>
                <b>What to do:</b> {answer.error.fix}
              </p>
            </div>
          )}
          <TimelineView entries={answer.timeline} revealed={false} />
        </div>
      ))}
    </section>
  );
}
