import { useState } from 'react';
import { AppSelect, useAppChoice } from './AppSelect';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { useFlows } from '../../app/stores';
import { useResourceChoice } from './use-resource-choice';
import { ResourcePicker } from '../../components/ResourcePicker';
import { ACCESS_TOKEN_TYPE, PAT_TOKEN_TYPE } from '../../../../shared/oauth/token-types';
import { LabeledSelect, TextField } from '../../components/form-fields';

const PRESETS = {
  pat: { label: 'Logto personal access token', type: PAT_TOKEN_TYPE },
  access_token: { label: 'Access token (RFC 8693)', type: ACCESS_TOKEN_TYPE },
  custom: { label: 'Other token type', type: '' },
} as const;
const PRESET_OPTIONS = Object.entries(PRESETS).map(([id, p]) => ({ value: id, label: p.label }));

/** RFC 8693 token exchange: the Logto PAT preset, or any subject (and actor) token type. */
export function TokenExchangePanel({ connection }: { connection: ConnectionSummary }) {
  const { exchange, busy } = useFlows();
  const clients = connection.clients.filter((c) => c.hasSecret);
  const [clientId, setClientId] = useAppChoice(clients, 'traditional');
  const [preset, setPreset] = useState<keyof typeof PRESETS>('pat');
  const [customType, setCustomType] = useState('');
  const [subjectToken, setSubjectToken] = useState('');
  const [actorToken, setActorToken] = useState('');
  const { indicators, picker } = useResourceChoice(connection, connection.resources[0]?.indicator ?? '');
  const [scope, setScope] = useState('');
  const subjectTokenType = preset === 'custom' ? customType : PRESETS[preset].type;

  return (
    <div className="request-form" aria-label="Token exchange">
      <h2>
        Token exchange <small>RFC 8693 · the app needs token exchange switched on</small>
      </h2>
      <div className="field-row">
        <AppSelect testId="exchange-client" clients={clients} value={clientId} onValue={setClientId} />
        <LabeledSelect
          label="Subject token type"
          testId="exchange-preset"
          value={preset}
          onValue={(id) => setPreset(id as keyof typeof PRESETS)}
          options={PRESET_OPTIONS}
        />
      </div>
      {preset === 'custom' && <TextField label="subject_token_type URI" value={customType} onValue={setCustomType} />}
      <TextField
        label="Subject token"
        hint="masked in the timeline; kept in memory for this run only"
        type="password"
        autoComplete="off"
        testId="exchange-subject"
        value={subjectToken}
        placeholder={preset === 'pat' ? 'pat_…' : ''}
        onValue={setSubjectToken}
      />
      <TextField
        label="Actor token"
        hint="optional: the token gets an act claim"
        type="password"
        autoComplete="off"
        value={actorToken}
        onValue={setActorToken}
      />
      <div className="field-row">
        <ResourcePicker label="Resource" testId="exchange-resource" {...picker} noneLabel="none (opaque token)" />
        <TextField label="Scope" testId="exchange-scope" value={scope} onValue={setScope} />
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
              resources: indicators,
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
