import type { DiscoveryReport } from '../../../../shared/discovery/discovery-report';
import { useDiscovery } from '../../app/stores';

const REGISTER = 'register';
const SEPARATOR = '\u0000';

/** The scopes to ask for and the client to sign in with, once the authorization server is known. */
export function SignInChoice({ report }: { report: DiscoveryReport }) {
  const { scopes, client, running, toggleScope, pickClient, signIn } = useDiscovery();
  const value = !client ? '' : 'register' in client ? REGISTER : `${client.connectionId}${SEPARATOR}${client.clientId}`;
  const pick = (picked: string) => {
    if (picked === REGISTER) return pickClient({ register: true });
    const [connectionId, clientId] = picked.split(SEPARATOR);
    pickClient({ connectionId: connectionId!, clientId: clientId! });
  };
  return (
    <section aria-label="Sign in for the API" className="request-form">
      <dl className="facts">
        <dt>Resource (RFC 8707)</dt>
        <dd data-testid="discovery-resource">{report.resource}</dd>
        <dt>Authorization server</dt>
        <dd data-testid="discovery-issuer">{report.authorizationServer}</dd>
        <dt>Metadata</dt>
        <dd>
          {report.metadataUrl} <small className="hint">({report.metadataSource})</small>
        </dd>
        {report.dpopRequired && (
          <>
            <dt>DPoP</dt>
            <dd>required: the sign-in binds its tokens to a key (RFC 9449)</dd>
          </>
        )}
      </dl>
      <fieldset>
        <legend>Scopes (from the API&apos;s metadata)</legend>
        {(report.scopes ?? []).length === 0 && <p className="hint">The metadata lists no scopes.</p>}
        {(report.scopes ?? []).map((scope) => (
          <label key={scope} className="check">
            <input
              type="checkbox"
              data-testid={`discovery-scope-${scope}`}
              checked={scopes.includes(scope)}
              onChange={() => toggleScope(scope)}
            />
            {scope}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Client</span>
        <select data-testid="discovery-client" value={value} onChange={(e) => pick(e.target.value)}>
          {!client && <option value="">No client: the server offers no registration</option>}
          {report.registrationEndpoint && <option value={REGISTER}>Register a new client (RFC 7591)</option>}
          {(report.knownClients ?? []).map((k) => (
            <option key={`${k.connectionId}/${k.clientId}`} value={`${k.connectionId}${SEPARATOR}${k.clientId}`}>
              {k.connectionName} · {k.clientId}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button type="button" data-testid="discovery-sign-in" disabled={running} onClick={() => void signIn()}>
          Sign in for this API
        </button>
      </div>
    </section>
  );
}
