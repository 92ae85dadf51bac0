import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { loadViewStores, useFlows } from '../../app/stores';
import { useNavigation, VIEWS, type View } from '../../stores/navigation-store';
import { firstTokenRequest } from './first-token-request';

/** The lessons view, when this build has one (another part of the app adds it). */
const lessonsView = (VIEWS as readonly { id: string; label: string }[]).find((v) => v.id === 'lessons');

/** The first run's one button and its pointer to the lessons; FirstRun decides when it shows. */
export function FirstRunOffer({ sandbox }: { sandbox: ConnectionSummary }) {
  const { runClientCredentials } = useFlows();
  const show = useNavigation((s) => s.show);
  const [busy, setBusy] = useState(false);
  const request = firstTokenRequest(sandbox);
  if (!request) return null; // a sandbox without an API resource: nothing to ask for
  const start = async () => {
    setBusy(true);
    // The inspector's store is made with the other views' (not on the first screen): fetched while the token is.
    const views = loadViewStores();
    try {
      const result = await runClientCredentials(request);
      if (!result?.ok) return; // the run list shows the error, explained
      show('inspect');
      // Checked by the run's id with the scope table made with the run: the token is not sent back.
      const run = useFlows.getState().runs.find((r) => r.id === result.runId);
      await (await views).inspector.getState().inspectRun({
        runId: result.runId ?? '',
        token: String(result.tokenResponse.access_token ?? ''),
        issuer: result.issuer,
        resource: request.resources[0],
        request: {
          resources: request.resources,
          scopes: request.scope.split(' ').filter(Boolean),
          grantedScope: typeof result.tokenResponse.scope === 'string' ? result.tokenResponse.scope : undefined,
        },
        scopes: run?.scopes,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">New here? See a real token, explained</h2>
      <p>
        The built-in sandbox is a local authorization server that behaves like Logto. One click asks it for an access
        token for its {sandbox.resources[0]!.name} (client credentials, RFC 6749 §4.4) and opens the inspector on it:
        every claim, every check an API should make, and which permissions were granted and why.
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          data-testid="first-run-start"
          disabled={busy}
          onClick={() => void start()}
        >
          {busy ? 'Asking the sandbox…' : 'Get a sandbox token and explain it'}
        </button>
        {lessonsView && (
          <button
            type="button"
            className="link"
            data-testid="first-run-lessons"
            onClick={() => show(lessonsView.id as View)}
          >
            Or learn step by step: {lessonsView.label}
          </button>
        )}
      </div>
    </section>
  );
}
