import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { useFlows } from '../../app/stores';
import { useOfferedResources } from '../../app/use-offered-resources';
import { ResourcePicker } from '../../components/ResourcePicker';
import { ACCESS_TOKEN_TYPE, PAT_TOKEN_TYPE } from '../../../../shared/oauth/token-types';

const PRESETS = {
  pat: { label: 'Logto personal access token', type: PAT_TOKEN_TYPE },
  access_token: { label: 'Access token (RFC 8693)', type: ACCESS_TOKEN_TYPE },
  custom: { label: 'Other token type', type: '' },
} as const;

/** RFC 8693 token exchange: the Logto PAT preset, or any subject (and actor) token type. */
export function TokenExchangePanel({ connection }: { connection: ConnectionSummary }) {
  const { exchange, busy } = useFlows();
  const offered = useOfferedResources(connection);
  const clients = connection.clients.filter((c) => c.hasSecret);
  const [clientId, setClientId] = useState(
    clients.find((c) => c.kind === 'traditional')?.clientId ?? clients[0]?.clientId ?? '',
  );
  const [preset, setPreset] = useState<keyof typeof PRESETS>('pat');
  const [customType, setCustomType] = useState('');
  const [subjectToken, setSubjectToken] = useState('');
  const [actorToken, setActorToken] = useState('');
  const [resource, setResource] = useState(connection.resources[0]?.indicator ?? '');
  const [scope, setScope] = useState('');
  const subjectTokenType = preset === 'custom' ? customType : PRESETS[preset].type;

  return (
    <div className="request-form" aria-label="Token exchange">
      <h2>
        Token exchange <small>RFC 8693 · the app needs token exchange switched on</small>
      </h2>
      <div className="field-row">
        <label className="field">
          <span>Application</span>
          <select data-testid="exchange-client" value={clientId} onChange={(e) => setClientId(e.target.value)}>
            {clients.map((c) => (
              <option key={c.clientId} value={c.clientId}>
                {c.name} ({c.clientId})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Subject token type</span>
          <select
            data-testid="exchange-preset"
            value={preset}
            onChange={(e) => setPreset(e.target.value as keyof typeof PRESETS)}
          >
            {Object.entries(PRESETS).map(([id, p]) => (
              <option key={id} value={id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {preset === 'custom' && (
        <label className="field">
          <span>subject_token_type URI</span>
          <input value={customType} onChange={(e) => setCustomType(e.target.value)} />
        </label>
      )}
      <label className="field">
        <span>
          Subject token <small className="hint">masked in the timeline; kept in memory for this run only</small>
        </span>
        <input
          type="password"
          autoComplete="off"
          data-testid="exchange-subject"
          value={subjectToken}
          placeholder={preset === 'pat' ? 'pat_…' : ''}
          onChange={(e) => setSubjectToken(e.target.value)}
        />
      </label>
      <label className="field">
        <span>
          Actor token <small className="hint">optional: the token gets an act claim</small>
        </span>
        <input type="password" autoComplete="off" value={actorToken} onChange={(e) => setActorToken(e.target.value)} />
      </label>
      <div className="field-row">
        <ResourcePicker
          label="Resource"
          testId="exchange-resource"
          value={resource}
          onChange={setResource}
          resources={offered}
          noneLabel="none (opaque token)"
        />
        <label className="field">
          <span>Scope</span>
          <input data-testid="exchange-scope" value={scope} onChange={(e) => setScope(e.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button
          type="button"
          data-testid="exchange"
          disabled={busy || !clientId || !subjectToken || !subjectTokenType}
          onClick={() =>
            void exchange({
              connectionId: connection.id,
              clientId,
              subjectToken: subjectToken.trim(),
              subjectTokenType,
              ...(actorToken.trim()
                ? { actorToken: actorToken.trim(), actorTokenType: PRESETS.access_token.type }
                : {}),
              resources: resource ? [resource] : [],
              scope,
            })
          }
        >
          Exchange
        </button>
      </div>
    </div>
  );
}
