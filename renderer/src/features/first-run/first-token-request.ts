import type { ClientCredentialsRequest } from '../../../../shared/contract/flow';
import type { ConnectionSummary } from '../../../../shared/contract/connection';

/**
 * The request the first-run button sends: the sandbox's machine-to-machine app, for the first API resource of the
 * world with every permission it defines, so the inspector has granted scopes to show and, where the app's roles
 * give fewer, missing ones to explain. Undefined when the sandbox offers no such app or resource.
 */
export function firstTokenRequest(sandbox: ConnectionSummary): ClientCredentialsRequest | undefined {
  const app = sandbox.clients.find((c) => c.kind === 'm2m' && c.hasSecret && c.authMethod !== 'private_key_jwt');
  const resource = sandbox.resources[0];
  if (sandbox.kind !== 'sandbox' || sandbox.unavailable || !app || !resource) return undefined;
  return {
    connectionId: sandbox.id,
    clientId: app.clientId,
    resources: [resource.indicator],
    scope: resource.scopes.map((s) => s.name).join(' '),
  };
}
