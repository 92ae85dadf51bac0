import type { DiscoveryReport, KnownClient } from '../../../shared/discovery/discovery-report.js';
import { planClient } from '../../../shared/discovery/discovery-chain.js';
import type { FlowApi } from '../../../shared/contract/methods/flow-methods.js';
import type { FlowResult } from '../../../shared/contract/flow.js';
import type { EventHub } from '../events/event-hub.js';
import type { FlowEngine, RedirectMode } from '../flows/flow-engine.js';
import { callWithToken } from './call-with-token.js';
import { discoverApi, settleStep, syncTimeline, type ChainState } from './discover-api.js';
import { registerClient, type RegisteredClient } from './register-client.js';

/** How many chains the app remembers (memory only): enough for a session, bounded like the runs. */
export const KEPT_CHAINS = 20;

export interface DiscoveryDeps {
  engine: FlowEngine;
  /** The recorded sign-in of the flows, so the chain's sign-in is listed with the workspace's runs. */
  startAuthorization: FlowApi['startAuthorization'];
  /** Saved clients for an issuer in a workspace (sign-in capable ones). */
  knownClients(issuer: string, workspaceId?: string): Promise<KnownClient[]>;
  /** Saves a registered client as a connection; its secret, if any, goes to the vault. */
  saveRegistered(
    workspaceId: string | undefined,
    issuer: string,
    client: RegisteredClient,
    serverMetadata: Record<string, unknown>,
  ): Promise<KnownClient>;
  events?: Pick<EventHub, 'publish'>;
  /** The shell's redirect: the custom scheme in the desktop app, loopback in the browser host. */
  redirect: RedirectMode;
}

export interface SignInChoice {
  discoveryId: string;
  /** A saved client; without one, a client is registered when the server offers it. */
  connectionId?: string;
  clientId?: string;
  scope: string;
  redirect?: RedirectMode;
}

/** The chains of the app: discovered, signed in, the API called again; progress pushed as `discovery-updated`. */
export class DiscoveryService {
  private readonly chains = new Map<string, ChainState>();

  constructor(private readonly deps: DiscoveryDeps) {}

  async discover(request: {
    url: string;
    workspaceId?: string;
    authorizationServer?: string;
  }): Promise<DiscoveryReport> {
    const state = await discoverApi(request.url, {
      ...(request.authorizationServer ? { authorizationServer: request.authorizationServer } : {}),
      knownClients: (issuer) => this.deps.knownClients(issuer, request.workspaceId),
    });
    state.workspaceId = request.workspaceId;
    this.chains.set(state.report.id, state);
    while (this.chains.size > KEPT_CHAINS) this.chains.delete(this.chains.keys().next().value!);
    return state.report;
  }

  get(discoveryId: string): DiscoveryReport {
    return this.chain(discoveryId).report;
  }

  private chain(discoveryId: string): ChainState {
    const state = this.chains.get(discoveryId);
    if (!state)
      throw new Error(
        `Tokenscope no longer holds the chain ${discoveryId}: it keeps the last ${KEPT_CHAINS}, in memory only. ` +
          'Start from the API URL again.',
      );
    return state;
  }

  private updated(state: ChainState): void {
    syncTimeline(state);
    state.report.timeline = [...state.report.timeline, ...(state.signInTimeline ?? [])].sort((a, b) =>
      a.startedAt.localeCompare(b.startedAt),
    );
    this.deps.events?.publish({ type: 'discovery-updated', discoveryId: state.report.id });
  }

  /** The client step and the start of the sign-in; the rest runs when the redirect comes back. */
  async signIn(choice: SignInChoice): Promise<DiscoveryReport> {
    const state = this.chain(choice.discoveryId);
    const { report } = state;
    if (!state.server || !report.resource || !report.authorizationServer)
      throw new Error(
        'This chain broke before the authorization server was discovered; fix that step and start again.',
      );
    if (report.state)
      throw new Error('This chain already started its sign-in. Start from the API URL again for another.');
    delete report.brokenAt;
    for (const step of report.steps.slice(5))
      Object.assign(step, { status: 'pending', summary: undefined, failure: undefined });
    const picked =
      choice.connectionId && choice.clientId
        ? { connectionId: choice.connectionId, clientId: choice.clientId }
        : undefined;
    const plan = planClient(report.authorizationServer, report.registrationEndpoint, picked);
    if (!settleStep(report, 'client', plan)) return this.done(state);
    let client: KnownClient & { registered: boolean };
    if (plan.value.use === 'register') {
      state.capture.step = 'client';
      const registered = await registerClient(report.authorizationServer, state.server, state.capture);
      await state.capture.settle();
      if (!settleStep(report, 'client', registered)) return this.done(state);
      const saved = await this.deps.saveRegistered(state.workspaceId, report.authorizationServer, registered.value, {
        ...state.server.config.serverMetadata(),
      });
      client = { ...saved, registered: true };
    } else {
      const { connectionId, clientId } = plan.value;
      const known = report.knownClients?.find((k) => k.connectionId === connectionId && k.clientId === clientId);
      client = { connectionId, clientId, connectionName: known?.connectionName ?? connectionId, registered: false };
    }
    report.client = client;

    const started = await this.deps.startAuthorization({
      ...(state.workspaceId ? { workspaceId: state.workspaceId } : {}),
      connectionId: client.connectionId,
      clientId: client.clientId,
      resources: [report.resource],
      scope: choice.scope,
      // RFC 9728 §2: the API accepts DPoP-bound tokens only; bind them at the token endpoint (RFC 9449 §5).
      ...(report.dpopRequired ? { dpop: true } : {}),
      redirect: choice.redirect ?? this.deps.redirect,
    });
    if (started.status === 'failed') {
      this.signedIn(state, started.result);
      return this.done(state);
    }
    report.authorizationUrl = started.authorizationUrl;
    report.state = started.state;
    const step = report.steps.find((s) => s.id === 'sign-in')!;
    step.status = 'waiting';
    const bound = report.dpopRequired ? ', DPoP-bound' : '';
    step.summary = `Waiting for the sign-in in the browser (resource ${report.resource}${bound}).`;
    void this.finish(state, started.state);
    return this.done(state);
  }

  private done(state: ChainState): DiscoveryReport {
    this.updated(state);
    return state.report;
  }

  private signedIn(state: ChainState, result: FlowResult): boolean {
    state.signInTimeline = result.timeline.map((e) => ({ ...e, step: `sign-in: ${e.step}` }));
    if (result.runId) state.report.runId = result.runId;
    if (result.ok) {
      const token = result.accessToken;
      const audience = JSON.stringify(token.kind === 'jwt' ? token.payload.aud : 'opaque');
      settleStep(state.report, 'sign-in', {
        ok: true,
        value: undefined,
        summary: `Signed in: token_type ${String(result.tokenResponse.token_type)}, audience ${audience}.`,
        rule: "RFC 8707 §2: resource = the metadata's resource, so the token is for this API.",
      });
      return true;
    }
    settleStep(state.report, 'sign-in', {
      ok: false,
      failure: { kind: 'sign-in-failed', explanation: result.error.explanation, fix: result.error.fix },
    });
    return false;
  }

  /** Waits for the sign-in's redirect, then calls the API with its token. */
  private async finish(state: ChainState, authorizationState: string): Promise<void> {
    let answer: Awaited<ReturnType<FlowEngine['awaitAuthorization']>>;
    do answer = await this.deps.engine.awaitAuthorization(authorizationState);
    while (answer === 'pending');
    delete state.report.authorizationUrl;
    if (!answer) {
      settleStep(state.report, 'sign-in', {
        ok: false,
        failure: {
          kind: 'sign-in-failed',
          explanation: 'The sign-in expired after 5 minutes without a redirect, or Tokenscope restarted.',
          fix: 'Start from the API URL again and finish the sign-in in the browser.',
        },
      });
      return void this.updated(state);
    }
    if (!this.signedIn(state, answer)) return void this.updated(state);
    this.updated(state);
    const run = answer.runId ? this.deps.engine.runs.get(answer.runId) : undefined;
    const token = run?.tokens?.access_token;
    if (!token || !state.server) return void this.updated(state);
    state.capture.step = 'call-with-token';
    const called = await callWithToken(state.capture, state.report.url, token, run.dpopKey);
    await state.capture.settle();
    settleStep(state.report, 'call-with-token', called);
    this.updated(state);
  }
}
