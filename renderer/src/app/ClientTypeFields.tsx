import type { ClientAuthMethod, ClientSummary } from '../../../shared/contract/connection';

interface ClientTypeFieldsProps {
  kind: ClientSummary['kind'];
  authMethod: ClientAuthMethod;
  onKind(kind: ClientSummary['kind']): void;
  onAuthMethod(method: ClientAuthMethod): void;
  authMethodTestId?: string;
}

/** An app's type and how it authenticates, the same in the forms that add and edit a connection. */
export function ClientTypeFields({ kind, authMethod, onKind, onAuthMethod, authMethodTestId }: ClientTypeFieldsProps) {
  return (
    <>
      <select
        aria-label="Application type"
        value={kind}
        onChange={(e) => onKind(e.target.value as ClientSummary['kind'])}
      >
        <option value="m2m">Machine-to-machine</option>
        <option value="traditional">Traditional web</option>
        <option value="spa">Single-page app</option>
        <option value="native">Native app</option>
      </select>
      <select
        aria-label="Client authentication"
        data-testid={authMethodTestId}
        value={authMethod}
        onChange={(e) => onAuthMethod(e.target.value as ClientAuthMethod)}
      >
        <option value="client_secret_basic">client_secret_basic</option>
        <option value="client_secret_post">client_secret_post</option>
        <option value="private_key_jwt">private_key_jwt</option>
        <option value="none">none (public, PKCE)</option>
      </select>
    </>
  );
}
