import type { ConnectionSummary } from '../../../shared/contract/connection.js';
import type { SandboxHandle } from '../sandbox/sandbox-handle.js';

export const SANDBOX_CONNECTION_ID = 'sandbox';

/** The built-in connection to the local sandbox; its secrets stay on this side of the contract. */
export function sandboxConnection(sandbox: SandboxHandle): ConnectionSummary {
  return {
    id: SANDBOX_CONNECTION_ID,
    name: 'Sandbox (local)',
    kind: 'sandbox',
    issuer: sandbox.issuer,
    resources: sandbox.resources,
    clients: sandbox.clients.map(({ clientId, name, kind, hasSecret, authMethod }) => ({
      clientId,
      name,
      kind,
      hasSecret,
      ...(authMethod ? { authMethod } : {}),
    })),
  };
}

/**
 * Why the built-in connection cannot act as `clientId`, before any request: a private_key_jwt app's private key is
 * the user's (the world holds only its public keys), so only a connection of their own can sign its assertions.
 */
export function sandboxClientProblem(sandbox: SandboxHandle, clientId: string): string | undefined {
  const client = sandbox.clients.find((c) => c.clientId === clientId);
  if (client?.authMethod !== 'private_key_jwt') return undefined;
  return (
    `The sandbox app ${clientId} authenticates with private_key_jwt; the built-in Sandbox connection holds no key for it. ` +
    `Add a connection to ${sandbox.issuer} with client ${clientId} and its private key (Connections → Add a connection), ` +
    'or switch the app back to a client secret in the sandbox world.'
  );
}

export function unavailableSandboxConnection(reason: string): ConnectionSummary {
  return {
    id: SANDBOX_CONNECTION_ID,
    name: 'Sandbox (local)',
    kind: 'sandbox',
    issuer: '',
    resources: [],
    clients: [],
    unavailable: `The sandbox did not start: ${reason}. Restart Tokenscope; if it keeps failing, run "npx tokenscope sandbox" to see the full error.`,
  };
}
