import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { ClientCredentialsPanel } from '../client-credentials/ClientCredentialsPanel';
import { lazy, Suspense } from 'react';
import { Spinner } from '../../components/Spinner';
import { RunList } from '../flows/RunList';
import { GRANT_CHOICES, useGrantChoice } from '../../stores/grant-choice-store';
import { SegmentedRadioGroup } from '../../components/SegmentedRadioGroup';
import { FirstRun } from '../first-run/FirstRun';

// Client credentials is the first screen; the other grants' forms load when picked.
const AuthorizationBuilder = lazy(() =>
  import('../authorization/AuthorizationBuilder').then((m) => ({ default: m.AuthorizationBuilder })),
);
const FlowsView = lazy(() => import('../flows/FlowsView').then((m) => ({ default: m.FlowsView })));

/** One place to ask for a token, whichever grant: the user picks the grant, then fills what it needs. */
export function RequestView({ connection }: { connection: ConnectionSummary }) {
  const { grant, choose } = useGrantChoice();
  return (
    <div className="panel">
      <FirstRun />
      <SegmentedRadioGroup
        label="Grant"
        options={GRANT_CHOICES}
        value={grant}
        onChange={choose}
        testIdPrefix="grant-"
      />
      {/* Keyed by connection: a form's picks (its app, its resource) never outlive the connection they were made on. */}
      <div key={connection.id}>
        {grant === 'client_credentials' && <ClientCredentialsPanel connection={connection} />}
        <Suspense fallback={<Spinner label="Loading…" />}>
          {grant === 'authorization_code' && (
            <>
              <AuthorizationBuilder connection={connection} />
              {/* Runs what the builder shows. */}
              <FlowsView connection={connection} show={['sign-in']} />
            </>
          )}
          {grant === 'token_exchange' && <FlowsView connection={connection} show={['exchange']} />}
          {grant === 'device_code' && <FlowsView connection={connection} show={['device']} />}
        </Suspense>
      </div>
      {/* Every grant's runs, of every connection, filterable by both. */}
      <RunList />
    </div>
  );
}
