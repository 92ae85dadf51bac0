import type { FlowResult } from '../../shared/contract/flow.js';
import type { AuthorizationInput } from '../../electron/services/flows/authorization-code.js';
import { FlowEngine } from '../../electron/services/flows/flow-engine.js';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';
import { signIn } from '../integration/sandbox-sign-in.js';
import { readWhenRun, startedForFile } from './for-file.js';

/** The sandbox's native app: public, PKCE only, tokenscope:// and any-port loopback redirects. */
export const NATIVE_CLIENT = { clientId: 'tokenscope-native', authMethod: 'none' as const };

export interface EngineWithSandbox {
  sandbox: SandboxHandle;
  engine: FlowEngine;
  /** A full sign-in as `user` through the sandbox's pages, redirected back by tokenscope://; throws unless it succeeds. */
  signedIn(
    user: string,
    options: Omit<AuthorizationInput, 'redirectUri' | 'issuer' | 'client'>,
  ): Promise<Extract<FlowResult, { ok: true }>>;
  /** Client credentials of the world's M2M app, tokenscope-m2m (its secret read from the sandbox), through the engine. */
  m2mClientCredentials(request: M2mRequest): Promise<FlowResult>;
  close(): Promise<void>;
}

export interface M2mRequest {
  resources: string[];
  scope: string;
  dpop?: boolean;
  /** Default: openid-client's. */
  authMethod?: 'client_secret_basic';
}

/** A flow engine over a real sandbox on a random loopback port, as the flow tests drive it. */
export async function startEngineWithSandbox(): Promise<EngineWithSandbox> {
  const sandbox = await startSandbox({ port: 0 });
  const engine = new FlowEngine();
  return {
    sandbox,
    engine,
    async signedIn(user, options) {
      const start = await engine.startAuthorization({
        issuer: sandbox.issuer,
        client: NATIVE_CLIENT,
        redirect: 'custom-scheme',
        ...options,
      });
      if ('ok' in start) throw new Error(JSON.stringify(start));
      const outcome = await engine.handleCallback((await signIn(start.authorizationUrl, { user })).callback);
      if (!outcome.accepted || !outcome.result.ok) throw new Error(JSON.stringify(outcome));
      return outcome.result;
    },
    m2mClientCredentials({ authMethod, ...request }) {
      const m2m = sandbox.clients.find((c) => c.clientId === 'tokenscope-m2m')!;
      const client = { clientId: m2m.clientId, clientSecret: m2m.clientSecret, ...(authMethod ? { authMethod } : {}) };
      return engine.clientCredentials({ issuer: sandbox.issuer, client, ...request });
    },
    async close() {
      await engine.close();
      await sandbox.close();
    },
  };
}

/**
 * The flow engine over a sandbox for the whole test file: started before its first test, closed after its last.
 * Its fields can be taken apart at the top of the file; read them inside tests and hooks.
 */
export function engineWithSandboxForFile(): EngineWithSandbox {
  const fixture = startedForFile('The sandbox', startEngineWithSandbox);
  return {
    sandbox: readWhenRun('The sandbox', () => fixture.sandbox),
    engine: readWhenRun('The flow engine', () => fixture.engine),
    signedIn: (user, options) => fixture.signedIn(user, options),
    m2mClientCredentials: (request) => fixture.m2mClientCredentials(request),
    close: () => fixture.close(),
  };
}
