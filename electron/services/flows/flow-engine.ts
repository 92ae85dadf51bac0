import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import type { FlowError, FlowResult } from '../../../shared/contract/flow.js';
import { authMethodOf, discover } from './issuer-discovery.js';
import { spentAfterFailedRefresh } from '../../../shared/flows/refresh-rotation.js';
import type { RevealedRun } from '../../../shared/contract/methods/flow-methods.js';
import { PendingFlows } from '../../../shared/flows/pending-flows.js';
import {
  abandonAuthorization,
  handleCallback,
  startAuthorization,
  type AuthorizationInput,
  type CallbackOutcome,
  type PendingAuthorization,
  type StartedAuthorization,
} from './authorization-code.js';
import { runClientCredentials, type ClientCredentialsInput } from './client-credentials.js';
import { startLoopbackListener, type LoopbackListener } from './loopback-listener.js';
import { runRefresh, type RefreshInput } from './refresh.js';
import { RunStore } from './run-store.js';
import { runTokenExchange, type TokenExchangeInput } from './token-exchange.js';
import { runTokenOperation } from './token-operations.js';
import { runDeviceCode, type DeviceCodeInput } from './device-code.js';
import type { EndpointResult, TokenOperation } from '../../../shared/flows/endpoint-result.js';
import { DEVICE_CANCELLED, SIGN_IN_CANCELLED } from './flow-error.js';

export const CUSTOM_SCHEME_REDIRECT = 'tokenscope://callback';
export const CUSTOM_SCHEME_SIGNED_OUT = 'tokenscope://signed-out';

export type RedirectMode = 'custom-scheme' | 'loopback';

export interface DevicePrompt {
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresIn: number;
}

export type DeviceStart = DevicePrompt & { deviceId: string; expiresAt: number };

/**
 * One per app (desktop shell, browser host) or CLI run: the pending sign-ins, the runs' secrets, and the loopback
 * listener, started on first use. Every way a redirect comes back ends in `handleCallback`.
 */
export class FlowEngine {
  readonly pending = new PendingFlows<PendingAuthorization>();
  readonly runs = new RunStore();
  private listener?: Promise<LoopbackListener>;
  /** Device flows still polling, by deviceId, so the user can stop one. */
  private readonly polling = new Map<string, AbortController>();
  /** Sign-ins by state, kept past their callback so a caller that starts waiting late still gets the result. */
  private readonly waiting = new Map<string, { result: Promise<FlowResult>; expiresAt: number; done?: FlowResult }>();

  constructor(private readonly options: { loopbackPort?: number } = {}) {}

  /** The loopback redirect URI, starting the listener if needed. */
  async loopbackRedirectUri(): Promise<string> {
    this.listener ??= startLoopbackListener(async (url) => {
      const outcome = await this.handleCallback(url);
      return outcome.accepted
        ? {
            accepted: true,
            message: outcome.result.ok
              ? 'Signed in. You can close this tab and go back to Tokenscope.'
              : `The sign-in came back, but the token request failed: ${outcome.result.error.explanation} Go back to Tokenscope for the details.`,
          }
        : { accepted: false, message: outcome.message };
    }, this.options.loopbackPort);
    return (await this.listener).redirectUri;
  }

  async startAuthorization(
    input: Omit<AuthorizationInput, 'redirectUri'> & { redirect: RedirectMode },
  ): Promise<StartedAuthorization | FlowResult> {
    const redirectUri = input.redirect === 'loopback' ? await this.loopbackRedirectUri() : CUSTOM_SCHEME_REDIRECT;
    const started = await startAuthorization({ ...input, redirectUri }, this.pending, this.runs);
    if ('ok' in started) return started;
    const now = Date.now();
    for (const [state, entry] of this.waiting) if (entry.expiresAt + 60_000 < now) this.waiting.delete(state);
    const flow = this.pending.peek(started.state, now)!;
    const entry: { result: Promise<FlowResult>; expiresAt: number; done?: FlowResult } = {
      result: flow.result,
      expiresAt: started.expiresAt,
    };
    void flow.result.then((result) => (entry.done = result));
    this.waiting.set(started.state, entry);
    return started;
  }

  /** For the tokenscope:// scheme (the Electron shell), the loopback listener and a pasted URL alike. */
  handleCallback(url: string): Promise<CallbackOutcome> {
    return handleCallback(url, this.pending);
  }

  /** The user stopped waiting: a sign-in fails at once (its state spent), a device flow stops polling. */
  cancel(state: string): boolean {
    const device = this.polling.get(state);
    if (device) {
      this.polling.delete(state);
      device.abort();
      return true;
    }
    return this.abandonAuthorization(state, SIGN_IN_CANCELLED);
  }

  /** Fails the sign-in waiting under `state` now, with `reason`; false when none was waiting. */
  abandonAuthorization(state: string, reason: FlowError): boolean {
    return abandonAuthorization(state, reason, this.pending);
  }

  /** Waits for the callback of the flow started with `state`; undefined once it expired or was never started. */
  async awaitAuthorization(state: string, timeoutMs = 60_000): Promise<FlowResult | 'pending' | undefined> {
    const entry = this.waiting.get(state);
    if (!entry) return undefined;
    if (entry.done) return entry.done;
    const left = entry.expiresAt - Date.now();
    if (left <= 0) {
      this.waiting.delete(state);
      return undefined;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'pending'>(
      (resolve) => (timer = setTimeout(() => resolve('pending'), Math.min(timeoutMs, left))),
    );
    try {
      return await Promise.race([entry.result, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * RFC 8628: asks for a user code and polls in the background; the result is awaited like a sign-in, under the
   * returned `deviceId`.
   */
  async startDeviceAuthorization(
    input: Omit<DeviceCodeInput, 'runs' | 'onUserCode' | 'signal'>,
  ): Promise<DeviceStart | FlowResult> {
    let shown!: (prompt: DevicePrompt) => void;
    const prompt = new Promise<DevicePrompt>((resolve) => (shown = resolve));
    const stop = new AbortController();
    const result = runDeviceCode({ ...input, runs: this.runs, onUserCode: shown, signal: stop.signal });
    const first = await Promise.race([prompt, result]);
    if ('ok' in first) return first;
    const deviceId = `device-${randomUUID()}`;
    this.polling.set(deviceId, stop);
    void result.finally(() => this.polling.delete(deviceId));
    // openid-client honours the signal at its next poll, up to `interval` seconds away; whoever waits is told now.
    const cancelled = new Promise<FlowResult>((resolve) =>
      stop.signal.addEventListener('abort', () =>
        resolve({
          ok: false,
          grant: 'device_code',
          issuer: input.issuer,
          durationMs: 0,
          timeline: [],
          error: DEVICE_CANCELLED,
        }),
      ),
    );
    const settled = Promise.race([result, cancelled]);
    const expiresAt = Date.now() + first.expiresIn * 1000;
    const entry: { result: Promise<FlowResult>; expiresAt: number; done?: FlowResult } = { result: settled, expiresAt };
    void settled.then((done) => (entry.done = done));
    this.waiting.set(deviceId, entry);
    return { deviceId, ...first, expiresAt };
  }

  clientCredentials(input: Omit<ClientCredentialsInput, 'runs'>): Promise<FlowResult> {
    return runClientCredentials({ ...input, runs: this.runs });
  }

  /** A refresh with a token given as it is; one that Tokenscope received in a DPoP run is proved with that run's key. */
  refresh(input: Omit<RefreshInput, 'runs'>): Promise<FlowResult> {
    const dpopKey = input.dpopKey ?? this.runs.holding(input.refreshToken)?.dpopKey;
    return runRefresh({ ...input, ...(dpopKey ? { dpopKey } : {}), runs: this.runs });
  }

  /** A refresh with the refresh token a previous run received: the token itself never leaves the main side. */
  async refreshFromRun(
    fromRunId: string,
    request: Omit<RefreshInput, 'runs' | 'refreshToken' | 'issuer' | 'client' | 'grantedResources'>,
  ): Promise<FlowResult> {
    const previous = this.runs.get(fromRunId);
    const refreshToken = previous?.tokens?.refresh_token;
    if (!previous || !refreshToken) {
      throw new Error(
        `Run ${fromRunId} has no refresh token: sign in with offline_access (and prompt=consent on Logto) to get one, then refresh from that run.`,
      );
    }
    const earlierRotation = previous.refreshedAs ?? previous.rotation;
    const result = await runRefresh({
      ...request,
      issuer: previous.issuer,
      client: previous.client,
      refreshToken,
      grantedResources: previous.grantedResources,
      // RFC 9449 §5: a refresh token bound to the run's DPoP key is refreshed with proofs from that key.
      dpopKey: previous.dpopKey,
      earlierRotation,
      runs: this.runs,
    });
    const done = result.runId ? this.runs.get(result.runId) : undefined;
    if (result.ok && done?.rotation) previous.refreshedAs = done.rotation;
    if (!result.ok && result.error.error === 'invalid_target') {
      const spent = spentAfterFailedRefresh({
        family: done?.serverFamily ?? { kind: 'other', why: 'discovery did not answer' },
        publicClient: authMethodOf(previous.client) === 'none',
        dpopBound: Boolean(previous.dpopKey),
        earlier: earlierRotation,
      });
      // The trap sprang on a server that rotates: say so on the next try instead of a bare invalid_grant.
      if (spent.likelySpent) previous.refreshConsumed = true;
    }
    if (!result.ok && result.error.error === 'invalid_grant' && previous.refreshConsumed) {
      result.error.explanation = `This refresh token was most likely spent by the earlier refresh that failed with invalid_target (this server rotates refresh tokens, and oidc-provider does so before checking the resource). ${result.error.explanation}`;
    }
    return result;
  }

  tokenExchange(input: Omit<TokenExchangeInput, 'runs'>): Promise<FlowResult> {
    return runTokenExchange({ ...input, runs: this.runs });
  }

  /** Userinfo, introspection or revocation with a token a run received; the token never leaves the main side. */
  async tokenOperation(
    runId: string,
    operation: TokenOperation,
    which: 'access_token' | 'refresh_token' = 'access_token',
  ): Promise<EndpointResult> {
    const run = this.runs.get(runId);
    const token = run?.tokens?.[which];
    if (!run || typeof token !== 'string') {
      throw new Error(
        `Run ${runId} has no ${which.replace('_', ' ')}: pick a run that received one${which === 'refresh_token' ? ' (sign in with offline_access)' : ''}.`,
      );
    }
    return runTokenOperation({ operation, issuer: run.issuer, client: run.client, token, tokenTypeHint: which });
  }

  /**
   * OpenID Connect RP-Initiated Logout 1.0: the URL that ends the user's session at the server, with the run's ID
   * token as id_token_hint. Open it in the same browser that signed in.
   */
  async endSessionUrl(runId: string, redirect: RedirectMode): Promise<string> {
    const run = this.runs.get(runId);
    if (!run) throw new Error(`Tokenscope no longer holds run ${runId}: sign in again, then sign out from that run.`);
    const config = await discover(run.issuer, run.client);
    if (!config.serverMetadata().end_session_endpoint) {
      throw new Error(
        `${run.issuer} lists no end_session_endpoint in its discovery document, so it offers no sign-out URL. Clear the browser's cookies for it instead.`,
      );
    }
    const postLogout =
      redirect === 'loopback'
        ? (await this.loopbackRedirectUri()).replace(/\/callback$/, '/signed-out')
        : CUSTOM_SCHEME_SIGNED_OUT;
    const params: Record<string, string> = { post_logout_redirect_uri: postLogout, client_id: run.client.clientId };
    if (run.tokens?.id_token) params.id_token_hint = run.tokens.id_token;
    return oidc.buildEndSessionUrl(config, params).href;
  }

  reveal(runId: string): RevealedRun {
    const run = this.runs.get(runId);
    if (!run)
      throw new Error(
        `Tokenscope no longer holds run ${runId}: it keeps the last 50 runs, in memory only. Run the flow again.`,
      );
    const tokenResponse = run.tokens
      ? Object.fromEntries(Object.entries(run.tokens).filter(([, v]) => typeof v !== 'function'))
      : undefined;
    return { runId, tokenResponse, timeline: run.rawTimeline };
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    if (listener) await (await listener).close();
  }
}
