import type { ClientCredentialsRequest, FlowResult, GrantKind } from '../../../shared/contract/flow.js';
import type { FlowApi } from '../../../shared/contract/methods/flow-methods.js';
import type { RunRecord } from '../../../shared/contract/run-record.js';
import { scopeWords } from '../../../shared/oauth/granted-scopes.js';
import type { RunLog } from './run-log.js';
import type { ConnectionKnowledgeStore } from '../knowledge/connection-knowledge-store.js';
import type { AuthorizationEnd } from '../../../shared/contract/events.js';
import type { EventHub } from '../events/event-hub.js';
import type { ScopeDiff } from '../../../shared/inspect/scope-diff.js';
import type { DecodedToken } from '../../../shared/token/decoded-token.js';
import { isIdentityScope } from '../../../shared/oauth/reserved-scopes.js';
import type { ScopeQuestion } from '../api/inspect-api.js';

/** Where a connection's runs are listed: its own workspace, or (the sandbox, in every one) the asking one. */
export type PlaceRun = (
  connectionId: string,
  workspaceId?: string,
) => Promise<{ workspaceId: string; connectionName: string }>;

/** A run record before it has a result: what is known when the request is sent. */
type RunContext = Omit<RunRecord, 'id' | 'at' | 'result'>;

export interface RecordingDeps {
  log: RunLog;
  knowledge: ConnectionKnowledgeStore;
  place: PlaceRun;
  /** Failures to learn are not failures of the run: the user hears of them here (a notice), not as an error. */
  onLearnError?(error: Error): void;
  /** Told when a sign-in or device flow ends, so the renderer waits on an event rather than polling. */
  events?: Pick<EventHub, 'publish'>;
  /** Explains the scopes of each run's access token as it is recorded: the renderer never sends it back for that. */
  explainScopes?(question: ScopeQuestion, decoded?: DecodedToken): ScopeDiff;
}

interface AskedFor {
  resources: string[];
  scope: string;
  organizationId?: string;
}

/** A request's resources and scopes as the run list keeps them (RFC 6749 §3.3: scopes space-separated). */
const askedFor = ({ resources, scope, organizationId }: AskedFor): RunRecord['request'] => ({
  resources,
  scopes: scopeWords(scope) ?? [],
  ...(organizationId ? { organizationId } : {}),
});

/**
 * Every grant's run goes into the workspace's run list (masked, as the renderer sees it) and teaches its
 * connection the resources and scopes it used: when it is sent, and again with what the server granted.
 */
export function recordingFlows(
  flows: FlowApi,
  runClientCredentials: (request: ClientCredentialsRequest) => Promise<FlowResult>,
  deps: RecordingDeps,
): FlowApi & { runClientCredentials(request: ClientCredentialsRequest): Promise<FlowResult> } {
  /** Sign-ins and device flows still waiting, by state (or deviceId), so whichever path delivers them records them. */
  const waiting = new Map<string, RunContext>();

  const learn = (context: RunContext, result?: FlowResult) =>
    deps.knowledge
      .learn(context.workspaceId, context.connectionId, context.request, result)
      .catch((error: Error) => deps.onLearnError?.(error));

  /**
   * Requested vs granted, for the access token. API permissions only: OpenID Connect's scopes (openid,
   * offline_access…) are the sign-in's, not an API's.
   */
  const scopesOf = (request: RunRecord['request'], result: FlowResult) => {
    // An opaque token gets its table too: each requested scope then says why no API can read it.
    if (!deps.explainScopes || !result.ok || result.accessToken.kind === 'malformed') return {};
    const token = String(result.tokenResponse.access_token ?? '');
    const granted = result.tokenResponse.scope;
    const asked = {
      resources: request.resources,
      scopes: request.scopes.filter((s) => !isIdentityScope(s)),
      // Sent along so a reason can say when the server did not honour it (the token says what it did).
      ...(request.organizationId ? { organizationId: request.organizationId } : {}),
    };
    try {
      const question = { token, request: asked, ...(typeof granted === 'string' ? { grantedScope: granted } : {}) };
      // The run decoded its token already: decoding it again for every run showed under load (bench load).
      return { scopes: deps.explainScopes(question, result.accessToken) };
    } catch {
      // The run stands without its explanation; the inspector can still explain the token when asked.
      return {};
    }
  };

  /** Lists the run and learns from it; returns the id it is listed under. */
  const add = (context: RunContext, result: FlowResult): string => {
    const { workspaceId, connectionId, connectionName, clientId, grant, label, request, grantedResources } = context;
    const granted = grantedResources ? { grantedResources } : {};
    const scopes = scopesOf(request, result);
    const { id } = deps.log.add({
      workspaceId,
      connectionId,
      connectionName,
      clientId,
      grant,
      label,
      request,
      ...granted,
      ...scopes,
      result,
    });
    void learn(context, result);
    return id;
  };

  const record = (context: RunContext, result: FlowResult): FlowResult => {
    add(context, result);
    return result;
  };

  const ended = (state: string, end: AuthorizationEnd) =>
    deps.events?.publish({ type: 'authorization-ended', state, end });

  const contextOf = async (
    request: { workspaceId?: string; connectionId: string; clientId: string } & AskedFor,
    grant: GrantKind,
    label: string,
  ): Promise<RunContext> => {
    const { workspaceId, connectionName } = await deps.place(request.connectionId, request.workspaceId);
    const context: RunContext = {
      workspaceId,
      connectionId: request.connectionId,
      connectionName,
      clientId: request.clientId,
      grant,
      label,
      request: askedFor(request),
    };
    // Sent is enough to remember: a resource the server refused is still one the user works with here.
    await learn(context);
    return context;
  };

  /** Records the flow waiting under `state` once, whichever path delivers it first. */
  const settle = (state: string | undefined, result: FlowResult, label?: string) => {
    const context = state === undefined ? undefined : waiting.get(state);
    if (!context) return;
    waiting.delete(state!);
    ended(state!, { status: 'done', runId: add(label ? { ...context, label } : context, result) });
  };

  /** Records a waiting flow once it ends, even when no window waits for it any more (a reload). */
  const watch = (state: string, context: RunContext) => {
    waiting.set(state, context);
    const poll = async (): Promise<void> => {
      const answer = await flows.awaitAuthorization({ state });
      if (answer.status === 'waiting' && waiting.has(state)) return poll();
      if (answer.status === 'done') settle(state, answer.result);
      else if (waiting.delete(state) && answer.status === 'gone') ended(state, answer);
    };
    void poll().catch((error: Error) => {
      if (waiting.delete(state)) ended(state, { status: 'gone', message: error.message });
    });
  };

  const stateOf = (callbackUrl: string) => {
    try {
      return new URL(callbackUrl).searchParams.get('state') ?? undefined;
    } catch {
      return undefined;
    }
  };

  return {
    ...flows,

    async runClientCredentials({ workspaceId, ...request }) {
      const context = await contextOf({ ...request, workspaceId }, 'client_credentials', 'Client credentials');
      return record(context, await runClientCredentials(request));
    },

    async startAuthorization({ workspaceId, ...request }) {
      const context = await contextOf({ ...request, workspaceId }, 'authorization_code', 'Sign-in');
      context.grantedResources = request.resources;
      const started = await flows.startAuthorization(request);
      if (started.status === 'failed') record(context, started.result);
      else watch(started.state, context);
      return started;
    },

    async awaitAuthorization(request) {
      const answer = await flows.awaitAuthorization(request);
      if (answer.status === 'done') settle(request.state, answer.result);
      return answer;
    },

    async completeAuthorization(request) {
      const result = await flows.completeAuthorization(request);
      settle(stateOf(request.callbackUrl), result, 'Sign-in (pasted redirect)');
      return result;
    },

    async startDeviceAuthorization({ workspaceId, ...request }) {
      const context = await contextOf({ ...request, workspaceId }, 'device_code', 'Device authorization');
      const started = await flows.startDeviceAuthorization(request);
      if (started.status === 'failed') record(context, started.result);
      else watch(started.deviceId, context);
      return started;
    },

    async runTokenExchange({ workspaceId, ...request }) {
      const context = await contextOf({ ...request, workspaceId }, 'token_exchange', 'Token exchange');
      return record(context, await flows.runTokenExchange(request));
    },

    async runRefresh(request) {
      const from = deps.log.find(request.fromRunId);
      const result = await flows.runRefresh(request);
      if (!from) return result;
      const sent = askedFor(request);
      const context: RunContext = {
        ...from,
        grant: 'refresh_token',
        label: 'Refresh',
        // RFC 6749 §6: a refresh without `scope` asks for the scope originally granted, so that is what it asked.
        request: sent.scopes.length ? sent : { ...sent, scopes: from.request.scopes },
        ...(from.grantedResources ? { grantedResources: from.grantedResources } : {}),
      };
      return record(context, result);
    },
  };
}
