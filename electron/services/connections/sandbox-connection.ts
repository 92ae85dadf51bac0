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
    clients: sandbox.clients.map(({ clientId, name, kind, hasSecret }) => ({ clientId, name, kind, hasSecret })),
  };
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
