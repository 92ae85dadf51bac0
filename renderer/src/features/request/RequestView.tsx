import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { ClientCredentialsPanel } from '../client-credentials/ClientCredentialsPanel';
import { AuthorizationBuilder } from '../authorization/AuthorizationBuilder';
import { FlowsView } from '../flows/FlowsView';
import { RunList } from '../flows/RunList';

const GRANTS = [
  { id: 'client_credentials', label: 'Client credentials (M2M)' },
  { id: 'authorization_code', label: 'Authorization code (user sign-in)' },
  { id: 'token_exchange', label: 'Token exchange (PAT)' },
  { id: 'device_code', label: 'Device code' },
] as const;

type Grant = (typeof GRANTS)[number]['id'];

/** One place to ask for a token, whichever grant: the user picks the grant, then fills what it needs. */
export function RequestView({ connection }: { connection: ConnectionSummary }) {
  const [grant, setGrant] = useState<Grant>('client_credentials');
  return (
    <div className="panel">
      <div className="segmented" role="radiogroup" aria-label="Grant">
        {GRANTS.map((g) => (
          <button
            key={g.id}
            type="button"
            role="radio"
            aria-checked={grant === g.id}
            data-testid={`grant-${g.id}`}
            onClick={() => setGrant(g.id)}
          >
            {g.label}
          </button>
        ))}
      </div>
      {/* Keyed by connection: a form's picks (its app, its resource) never outlive the connection they were made on. */}
      <div key={connection.id}>
        {grant === 'client_credentials' && <ClientCredentialsPanel connection={connection} />}
        {grant === 'authorization_code' && (
          <>
            <AuthorizationBuilder connection={connection} />
            {/* Runs what the builder shows. */}
            <FlowsView connection={connection} show={['sign-in']} />
          </>
        )}
        {grant === 'token_exchange' && <FlowsView connection={connection} show={['exchange']} />}
        {grant === 'device_code' && <FlowsView connection={connection} show={['device']} />}
      </div>
      {/* Every grant's runs, of every connection, in one list. */}
      <RunList />
    </div>
  );
}
