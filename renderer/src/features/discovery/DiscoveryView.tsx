import type { FormEvent } from 'react';
import { useDiscovery } from '../../app/stores';
import { SequenceDiagram } from '../flows/SequenceDiagram';
import { TimelineView } from '../flows/TimelineView';
import { ChainSteps } from './ChainSteps';
import { SignInChoice } from './SignInChoice';

/** The chain's own requests go to the API's lane; the authorization server's to its own. */
const API_STEPS: ReadonlySet<string> = new Set(['call-api', 'resource-metadata', 'call-with-token']);

/** Start from an API URL (RFC 9728): every step of the chain, where it broke and why, and the HTTP behind it. */
export function DiscoveryView() {
  const { url, setUrl, discover, report, running, callError } = useDiscovery();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void discover();
  };
  const signInStep = report?.steps.find((s) => s.id === 'sign-in');
  const canSignIn = report && !report.brokenAt && report.authorizationServer && signInStep?.status === 'pending';
  return (
    <div className="panel" data-testid="discovery-view">
      <form className="request-form" onSubmit={submit} aria-label="Start from an API URL">
        <h2>
          Start from an API <small>its 401, its metadata (RFC 9728), its authorization server, a client, a token</small>
        </h2>
        <label className="field">
          <span>API URL</span>
          <input
            data-testid="discovery-url"
            type="url"
            placeholder="https://api.example.com/mcp"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <div className="actions">
          <button type="submit" data-testid="discovery-start" disabled={running || !url.trim()}>
            Call it and follow its metadata
          </button>
        </div>
      </form>
      {callError && (
        <p className="error-card" role="alert">
          {callError}
        </p>
      )}
      {report && (
        <>
          <ChainSteps steps={report.steps} chainId={report.id} />
          {canSignIn && <SignInChoice report={report} />}
          {report.authorizationUrl && (
            <p>
              Sign in in the browser tab that opened, or{' '}
              <a href={report.authorizationUrl} target="_blank" rel="noopener noreferrer">
                open the sign-in again
              </a>
              .
            </p>
          )}
          <SequenceDiagram entries={report.timeline} waiting={signInStep?.status === 'waiting'} apiSteps={API_STEPS} />
          <TimelineView entries={report.timeline} revealed={false} />
        </>
      )}
    </div>
  );
}
