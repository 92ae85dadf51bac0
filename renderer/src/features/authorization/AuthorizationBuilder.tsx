import { useMemo, useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/contract/connection';
import {
  buildAuthorizationUrl,
  checkAuthorizationRequest,
  PARAMETER_EXPLANATIONS,
} from '../../../../shared/request/authorization-request';
import { checkResourceIndicator } from '../../../../shared/request/resource-indicator';
import { SPECIAL_SCOPES } from '../../../../shared/request/logto-scopes';
import { ChipInput } from '../../components/ChipInput';
import { parseExtraParams, signInClient, useAuthorizationDraft, userClients } from '../../stores/authorization-store';
import { useConnections } from '../../app/stores';
import { useOfferedResources } from '../../app/use-offered-resources';
import { CheckField, LabeledSelect, TextField } from '../../components/form-fields';
import { TextAreaField } from '../../components/TextAreaField';

/** OpenID Connect Core §3.1.2.1 prompt values the builder offers; empty sends none. */
const PROMPTS = [
  { value: '', label: '(none)' },
  { value: 'consent', label: 'consent' },
  { value: 'login', label: 'login' },
  { value: 'none', label: 'none' },
];

/** Where the browser comes back: the custom scheme in the desktop app, a loopback listener in the browser (RFC 8252 §7). */
function redirectUriFor(shell: string | undefined): string {
  return shell === 'electron' ? 'tokenscope://callback' : 'http://127.0.0.1:<port>/callback';
}

/** Builds an authorization request (RFC 6749 §4.1.1) with every parameter checked and explained as it is typed. */
export function AuthorizationBuilder({ connection }: { connection: ConnectionSummary }) {
  const draft = useAuthorizationDraft();
  const shell = useConnections((s) => s.appInfo?.shell);
  const [copied, setCopied] = useState<string>();
  const { set } = draft;
  const clientId = signInClient(connection, draft.clientIds);
  const offered = useOfferedResources(connection);

  const scopeSuggestions = useMemo(() => {
    const permissions = offered
      .filter((r) => draft.resources.length === 0 || draft.resources.includes(r.indicator))
      .flatMap((r) => r.scopes.map((s) => ({ value: s.name, hint: `${r.name}: ${s.description ?? ''}` })));
    return [...Object.entries(SPECIAL_SCOPES).map(([value, hint]) => ({ value, hint })), ...permissions];
  }, [offered, draft.resources]);

  const request = {
    authorizationEndpoint: `${connection.issuer}/auth`,
    clientId: clientId ?? '',
    redirectUri: redirectUriFor(shell),
    scopes: draft.scopes,
    resources: draft.resources,
    prompt: draft.prompt || undefined,
    loginHint: draft.loginHint || undefined,
    organizationId: draft.organizationId || undefined,
    extraParams: parseExtraParams(draft.extraParams),
  };
  const url = buildAuthorizationUrl(request);
  const findings = checkAuthorizationRequest(request);
  const parameters = [...new URL(url).searchParams.entries()];

  const copy = async (what: 'url' | 'curl') => {
    // A browser request, as curl would send it: useful to see the redirect and its Location without a browser.
    const text = what === 'url' ? url : `curl -i '${url.replaceAll("'", "'\\''")}'`;
    await navigator.clipboard.writeText(text);
    setCopied(what);
    setTimeout(() => setCopied(undefined), 1500);
  };

  return (
    <form className="request-form" aria-label="Authorization request" onSubmit={(e) => e.preventDefault()}>
      <h2>
        Authorization request <small>authorization code + PKCE · RFC 6749 §4.1, RFC 7636</small>
      </h2>
      <LabeledSelect
        label="Application"
        testId="auth-client"
        value={clientId ?? ''}
        onValue={(id) => draft.pickClient(connection.id, id)}
        options={userClients(connection).map((c) => ({
          value: c.clientId,
          label: `${c.name} (${c.kind}${c.hasSecret ? ', confidential' : ', public: PKCE only'})`,
        }))}
      />
      <ChipInput
        label="API resources (resource, RFC 8707)"
        testId="auth-resources"
        values={draft.resources}
        onChange={(resources) => set({ resources })}
        suggestions={offered.map((r) => ({ value: r.indicator, hint: r.name }))}
        placeholder="https://api.example.com — Enter to add"
        chipState={(value) => {
          const levels = checkResourceIndicator(value).map((f) => f.level);
          return levels.includes('error') ? 'error' : levels.includes('warning') ? 'warning' : undefined;
        }}
      />
      <ChipInput
        label="Scopes"
        testId="auth-scopes"
        values={draft.scopes}
        onChange={(scopes) => set({ scopes })}
        suggestions={scopeSuggestions}
        placeholder="openid, offline_access, read:products…"
      />
      <div className="field-row">
        <LabeledSelect
          label="prompt"
          testId="auth-prompt"
          value={draft.prompt}
          onValue={(prompt) => set({ prompt: prompt as typeof draft.prompt })}
          options={PROMPTS}
        />
        <TextField
          label="login_hint"
          type="text"
          value={draft.loginHint}
          onValue={(loginHint) => set({ loginHint })}
          placeholder="user name or email"
        />
      </div>
      <div className="field-row">
        <TextField
          label="organization_id"
          hint="Logto organization token"
          type="text"
          value={draft.organizationId}
          onValue={(organizationId) => set({ organizationId })}
        />
        <TextAreaField
          label="Extra parameters"
          hint="name=value, one per line"
          rows={2}
          value={draft.extraParams}
          onValue={(extraParams) => set({ extraParams })}
          placeholder="ui_locales=de"
        />
      </div>

      <div className="field-row">
        <CheckField
          testId="auth-par"
          checked={draft.par}
          onChange={(par) => set({ par })}
          label="Pushed authorization request"
          hint="RFC 9126: these parameters are POSTed to the server first; the browser gets only client_id and request_uri"
        />
        <CheckField
          testId="auth-dpop"
          checked={draft.dpop}
          onChange={(dpop) => set({ dpop })}
          label="DPoP"
          hint="RFC 9449: the tokens are bound to a key this run holds"
        />
      </div>

      {/* Always present, so screen readers announce new findings (aria-live needs the region to exist first). */}
      {
        <ul className="findings" data-testid="auth-findings" aria-live="polite">
          {findings.map((f, i) => (
            <li key={i} className={`finding-${f.level}`} data-level={f.level}>
              {f.level === 'error' ? '✗' : f.level === 'warning' ? '!' : 'i'} {f.message}{' '}
              {f.spec && <span className="hint">({f.spec})</span>}
            </li>
          ))}
        </ul>
      }

      <div className="field">
        <span className="field-label">The authorization URL</span>
        <div className="url-preview" data-testid="auth-url">
          {url}
        </div>
        {draft.par && (
          <p className="hint" data-testid="auth-par-note">
            With PAR these parameters travel in a POST to the server's pushed_authorization_request_endpoint (RFC 9126
            §2); the browser is sent to the authorization endpoint with only client_id and the request_uri it answers.
            Both requests show in the run's timeline.
          </p>
        )}
        <table className="params" aria-label="Parameters explained">
          <tbody>
            {parameters.map(([name, value], i) => (
              <tr key={`${name}-${i}`}>
                <td>
                  <code>{name}</code>
                </td>
                <td className="value">{value}</td>
                <td>
                  {PARAMETER_EXPLANATIONS[name]?.explanation ?? 'An extra parameter, sent as typed.'}{' '}
                  <span className="hint">{PARAMETER_EXPLANATIONS[name]?.spec}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          PKCE: a fresh verifier, its S256 challenge, state and nonce are made on the main side for every run; the run
          shows the ones it used.
        </p>
      </div>
      <div className="actions">
        <button type="button" onClick={() => void copy('url')} data-testid="auth-copy-url">
          {copied === 'url' ? 'Copied' : 'Copy URL'}
        </button>
        <button type="button" onClick={() => void copy('curl')}>
          {copied === 'curl' ? 'Copied' : 'Copy as curl'}
        </button>
      </div>
    </form>
  );
}
