import type { FlowApi } from '../../../shared/contract/methods/flow-methods.js';
import type { ShellKind } from '../../../shared/contract/app-info.js';
import type { ClientCredentials } from './issuer-discovery.js';
import type { FlowEngine } from './flow-engine.js';
import { signInWindowClosed } from './flow-error.js';

/** How a connection and client id become an issuer and client credentials; secrets stay on this side. */
export type ResolveClient = (
  connectionId: string,
  clientId: string,
) => Promise<{ issuer: string; client: ClientCredentials }>;

/**
 * Opens the authorization URL in a window of the desktop app and resolves with the redirect URL it caught, or
 * rejects when the user closed it. Only the Electron shell has one.
 */
export type OpenSignInWindow = (authorizationUrl: string, redirectUri: string) => Promise<string>;

/** Long enough to save round trips, short enough for proxies and the browser host's request timeouts. */
const AWAIT_SLICE_MS = 25_000;

/** The flow calls of the contract over one FlowEngine. */
export function createFlowApi(
  engine: FlowEngine,
  resolve: ResolveClient,
  shell: ShellKind,
  openSignInWindow?: OpenSignInWindow,
): FlowApi {
  return {
    async startAuthorization({ inAppWindow, ...request }) {
      if (inAppWindow && !openSignInWindow) {
        throw new Error(
          'Signing in inside Tokenscope needs the desktop app; here the sign-in opens in your browser. Turn the in-app window off.',
        );
      }
      const { issuer, client } = await resolve(request.connectionId, request.clientId);
      // The desktop app owns tokenscope://; a browser tab cannot receive it, so the browser host listens on loopback.
      const redirect = request.redirect ?? (shell === 'electron' ? 'custom-scheme' : 'loopback');
      const started = await engine.startAuthorization({ ...request, issuer, client, redirect });
      if ('ok' in started) return { status: 'failed', result: started };
      if (inAppWindow && openSignInWindow) {
        // The window catches the redirect before it loads; it ends the flow the way every other redirect does.
        // A window closed (or failing to load) ends the flow at once, rather than leaving it waiting five minutes.
        openSignInWindow(started.authorizationUrl, started.redirectUri).then(
          (callbackUrl) => engine.handleCallback(callbackUrl),
          (error: Error) => engine.abandonAuthorization(started.state, signInWindowClosed(error.message)),
        );
        return { status: 'waiting', ...started, inAppWindow: true };
      }
      return { status: 'waiting', ...started };
    },

    async awaitAuthorization({ state }) {
      const result = await engine.awaitAuthorization(state, AWAIT_SLICE_MS);
      if (result === 'pending') return { status: 'waiting' };
      if (!result)
        return {
          status: 'gone',
          message:
            'No sign-in is waiting under this state: it finished, expired after 5 minutes, or Tokenscope restarted. Start the flow again.',
        };
      return { status: 'done', result };
    },

    async completeAuthorization({ callbackUrl }) {
      const outcome = await engine.handleCallback(callbackUrl);
      if (!outcome.accepted) throw new Error(outcome.message);
      return outcome.result;
    },

    async runRefresh({ fromRunId, ...request }) {
      return engine.refreshFromRun(fromRunId, request);
    },

    async runTokenExchange({ connectionId, clientId, ...request }) {
      const { issuer, client } = await resolve(connectionId, clientId);
      return engine.tokenExchange({ ...request, issuer, client });
    },

    async revealRun({ runId }) {
      return engine.reveal(runId);
    },

    async callTokenEndpoint({ runId, operation, token }) {
      return engine.tokenOperation(runId, operation, token);
    },

    async startDeviceAuthorization({ connectionId, clientId, ...request }) {
      const { issuer, client } = await resolve(connectionId, clientId);
      const started = await engine.startDeviceAuthorization({ ...request, issuer, client });
      return 'ok' in started ? { status: 'failed', result: started } : { status: 'waiting', ...started };
    },

    async cancelAuthorization({ state }) {
      return { cancelled: engine.cancel(state) };
    },

    async endSession({ runId, redirect }) {
      return {
        url: await engine.endSessionUrl(runId, redirect ?? (shell === 'electron' ? 'custom-scheme' : 'loopback')),
      };
    },
  };
}
