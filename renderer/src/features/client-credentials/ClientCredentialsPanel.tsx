import type { FormEvent, KeyboardEvent } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import { useClientCredentials } from '../../app/stores';
import { Spinner } from '../../components/Spinner';
import { ChipInput } from '../../components/ChipInput';
import { checkResourceIndicator } from '../../../../shared/request/resource-indicator';
import { useOfferedResources } from '../../app/use-offered-resources';
import { CheckField, clientOptions, LabeledSelect, TextField } from '../../components/form-fields';

/** RFC 6749 §4.4: a machine-to-machine app asks for a token for one API resource, with scopes. */
export function ClientCredentialsPanel({ connection }: { connection: ConnectionSummary }) {
  const state = useClientCredentials();
  const m2mClients = connection.clients.filter((c) => c.kind === 'm2m');

  const firstClient = m2mClients[0]?.clientId;
  // Derived, not copied: a client picked on another connection is no client here, so this one's first is used.
  const clientId = m2mClients.some((c) => c.clientId === state.clientId) ? state.clientId : firstClient;
  // The connection's own resources and those used on it before: a server Tokenscope cannot list is no poorer.
  const offered = useOfferedResources(connection);
  const knownResources = offered.map((r) => r.indicator);
  const knownScopes = offered.flatMap((r) => r.scopes.map((s) => s.name));

  const selectedResources = offered.filter((r) => state.resources.includes(r.indicator));
  const canRun = Boolean(clientId) && !state.running;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void state.run(connection.id, clientId!, offered);
  };
  // Ctrl/Cmd+Enter runs from anywhere in the form, as in API clients users know.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && canRun)
      void state.run(connection.id, clientId!, offered);
  };

  return (
    <div className="panel">
      <form className="request-form" onSubmit={submit} onKeyDown={onKeyDown} aria-label="Client credentials request">
        <h2>
          Client credentials <small>machine-to-machine · RFC 6749 §4.4</small>
        </h2>

        <LabeledSelect
          label="Application"
          testId="client-select"
          value={clientId ?? ''}
          onValue={state.setClient}
          options={
            m2mClients.length === 0
              ? [{ value: '', label: 'No machine-to-machine app in this connection' }]
              : clientOptions(m2mClients)
          }
        />

        <fieldset className="field">
          <legend>
            API resource{' '}
            <small>
              the <code>resource</code> parameter, RFC 8707 · Logto takes one per request
            </small>
          </legend>
          {offered.map((r) => (
            <CheckField
              key={r.indicator}
              testId={`resource-${r.indicator}`}
              checked={state.resources.includes(r.indicator)}
              onChange={() => state.toggleResource(r.indicator)}
            >
              {r.name !== r.indicator && <span>{r.name}</span>} <code>{r.indicator}</code>
            </CheckField>
          ))}
          <ChipInput
            label={offered.length ? 'Another resource' : 'Resource indicators'}
            testId="cc-resources"
            values={state.resources.filter((r) => !knownResources.includes(r))}
            onChange={(typed) => state.setTyped('resources', knownResources, typed)}
            suggestions={[]}
            placeholder="https://api.example.com — Enter to add"
            chipState={(value) =>
              checkResourceIndicator(value).some((f) => f.level === 'error') ? 'error' : undefined
            }
          />
          {state.resources.length === 0 && (
            <p className="hint">None: the server falls back to its default API resource, if it has one.</p>
          )}
        </fieldset>

        <fieldset className="field">
          <legend>
            Scopes <small>permissions asked for; the token carries only those the app's roles grant</small>
          </legend>
          {selectedResources.length === 0 && offered.length > 0 && (
            <p className="hint">Pick an API resource to see its permissions.</p>
          )}
          {selectedResources.map((r) => (
            <div key={r.indicator} className="scope-group">
              {r.scopes.map((s) => (
                <CheckField
                  key={s.name}
                  title={s.description}
                  testId={`scope-${s.name}`}
                  checked={state.scopes.includes(s.name)}
                  onChange={() => state.toggleScope(s.name)}
                >
                  <code>{s.name}</code> {s.description && <span className="hint">{s.description}</span>}
                </CheckField>
              ))}
            </div>
          ))}
          <ChipInput
            label={offered.length ? 'Other scopes' : 'Scopes'}
            testId="cc-scopes"
            values={state.scopes.filter((s) => !knownScopes.includes(s))}
            onChange={(typed) => state.setTyped('scopes', knownScopes, typed)}
            suggestions={[]}
            placeholder="read:products — Enter to add"
          />
        </fieldset>

        <div className="field-row">
          <TextField
            label="organization_id"
            hint="Logto: an organization token, for an M2M app added to the organization"
            type="text"
            testId="cc-organization"
            value={state.organizationId}
            onValue={(organizationId) => state.setOptions({ organizationId })}
          />
          <CheckField
            testId="cc-dpop"
            checked={state.dpop}
            onChange={(dpop) => state.setOptions({ dpop })}
            label="DPoP"
            hint="RFC 9449: bind the token to a key this run holds; a stolen token is useless without it"
          />
        </div>

        <div className="actions">
          <button type="submit" data-testid="run" disabled={!canRun} aria-keyshortcuts="Control+Enter">
            Request token
          </button>
          <span className="hint">Ctrl+Enter</span>
          {state.running && <Spinner label="Requesting a token…" />}
        </div>
      </form>
    </div>
  );
}
