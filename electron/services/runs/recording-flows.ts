import type { ClientCredentialsRequest, FlowResult, GrantKind } from '../../../shared/contract/flow.js';
import type { FlowApi } from '../../../shared/contract/methods/flow-methods.js';
import type { RunRecord } from '../../../shared/contract/run-record.js';
import type { RunLog } from './run-log.js';
import type { ConnectionKnowledgeStore } from '../knowledge/connection-knowledge-store.js';

/** Where a connection's runs are listed: its own workspace, or (the sandbox, in every one) the asking one. */
export type PlaceRun = (
  connectionId: string,
  workspaceId?: string,
) => Promise<{ workspaceId: string; connectionName: string }>;

interface RunContext {
  workspaceId: string;
  connectionId: string;
  connectionName: string;
  clientId: string;
  grant: GrantKind;
  label: string;
  request: RunRecord['request'];
  grantedResources?: string[];
}

export interface RecordingDeps {
  log: RunLog;
  knowledge: ConnectionKnowledgeStore;
  place: PlaceRun;
  /** Failures to learn are not failures of the run: the user hears of them here (a notice), not as an error. */
  onLearnError?(error: Error): void;
}

interface AskedFor {
  resources: string[];
  scope: string;
  organizationId?: string;
}

/** A request's resources and scopes as the run list keeps them (RFC 6749 §3.3: scopes space-separated). */
const askedFor = ({ resources, scope, organizationId }: AskedFor): RunRecord['request'] => ({
  resources,
  scopes: scope.split(' ').filter(Boolean),
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

  const record = (context: RunContext, result: FlowResult): FlowResult => {
    const { workspaceId, connectionId, connectionName, clientId, grant, label, request, grantedResources } = context;
    const granted = grantedResources ? { grantedResources } : {};
    deps.log.add({ workspaceId, connectionId, connectionName, clientId, grant, label, request, ...granted, result });
    void learn(context, result);
    return result;
  };

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
    record(label ? { ...context, label } : context, result);
  };

  /** Records a waiting flow once it ends, even when no window waits for it any more (a reload). */
  const watch = (state: string, context: RunContext) => {
    waiting.set(state, context);
    const poll = async (): Promise<void> => {
      const answer = await flows.awaitAuthorization({ state });
      if (answer.status === 'waiting' && waiting.has(state)) return poll();
      if (answer.status === 'done') settle(state, answer.result);
      waiting.delete(state);
    };
    void poll().catch(() => waiting.delete(state));
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
      const context: RunContext = {
        ...from,
        grant: 'refresh_token',
        label: 'Refresh',
        request: askedFor(request),
        ...(from.grantedResources ? { grantedResources: from.grantedResources } : {}),
      };
      return record(context, result);
    },
  };
}
