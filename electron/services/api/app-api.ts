import type { TokenscopeApi } from '../../../shared/contract/api.js';
import type { AppInfo, ShellKind } from '../../../shared/contract/app-info.js';
import type { ConnectionSummary } from '../../../shared/contract/connection.js';
import type { FlowResult } from '../../../shared/contract/flow.js';
import type { SandboxHandle } from '../sandbox/sandbox-handle.js';
import { FlowEngine } from '../flows/flow-engine.js';
import { dpopKeyThumbprint } from '../flows/dpop.js';
import { createFlowApi, type OpenSignInWindow } from '../flows/flow-api.js';
import { inspectToken } from '../inspect/inspect-token.js';
import { createSandboxApi } from './sandbox-api.js';
import { createWorldCheckApi } from './world-check-api.js';
import { ConnectionStore } from '../connections/connection-store.js';
import type { JWK } from 'jose';
import { addConnection } from '../connections/add-connection.js';
import { setClientSecret } from '../connections/set-client-secret.js';
import { moveLegacyConnections, workspaceConnections } from '../connections/workspace-connections.js';
import type { WorkspaceStore } from '../workspaces/workspace-store.js';
import { createReplayApi, openWorkspaces } from '../replay/replay-api.js';
import { DEFAULT_WORKSPACE_ID } from '../../../shared/replay/workspace.js';
import type { SecretVault } from '../vault/secret-vault.js';
import { createInspectApi, explainScopes } from './inspect-api.js';
import { createSandboxControl, type SandboxControl } from '../sandbox-control/sandbox-control.js';
import { DEFAULT_WORLD_YAML } from '../../../shared/sandbox/default-world.js';
import { editConnection } from '../connections/edit-connection.js';
import { RunLog } from '../runs/run-log.js';
import type { EventHub } from '../events/event-hub.js';
import { coalescedHistoryChanges } from '../events/coalesced-history-changes.js';
import { recordingFlows, type PlaceRun } from '../runs/recording-flows.js';
import { ConnectionKnowledgeStore } from '../knowledge/connection-knowledge-store.js';
import { createLessonApi } from '../lessons/lesson-api.js';
import { LessonProgressStore } from '../lessons/lesson-progress-store.js';
import { createTenantApi } from '../tenant/tenant-api.js';
import { createReadTenants } from '../tenant-explain/read-tenants.js';
import { sandboxTenant } from '../tenant-explain/sandbox-tenant.js';
import { createDoctorApi } from '../doctor/doctor-api.js';
import { createDiscoveryApi } from '../discovery/discovery-api.js';
import {
  SANDBOX_CONNECTION_ID,
  sandboxClientProblem,
  sandboxConnection,
  unavailableSandboxConnection,
} from '../connections/sandbox-connection.js';

export interface AppContext {
  shell: ShellKind;
  version: string;
  dataDir: string;
  electronVersion?: string;
  chromeVersion?: string;
  /** The running sandbox, or why it is not running. */
  sandbox: SandboxHandle | { error: string };
  /** Where secrets are kept (safeStorage in Electron, a passphrase file or memory elsewhere). */
  vault: SecretVault;
  /** World edits; created over `sandbox` with the default world when absent (tests). */
  sandboxControl?: SandboxControl;
  /** Pending sign-ins and runs; the shell passes its own so tokenscope:// redirects reach `flows.handleCallback`. */
  flows?: FlowEngine;
  /** The desktop app's in-app sign-in window; absent elsewhere. */
  openSignInWindow?: OpenSignInWindow;
  /** Where the services tell the renderer what happened (runs ended, world applied, notices); none in some tests. */
  events?: EventHub;
}

/** The services behind the contract. Transports (IPC, HTTP) reach them only through `dispatch`. */
export function createAppApi(context: AppContext): TokenscopeApi {
  const sandbox = 'issuer' in context.sandbox ? context.sandbox : undefined;
  const store = new ConnectionStore(context.dataDir, context.vault);
  const openWorkspaceStore = openWorkspaces(context.dataDir);
  let opened: Promise<WorkspaceStore> | undefined;
  // Both stores are open here, so connections an older version kept in workspaces.json move over before any list.
  const workspaces = () =>
    (opened ??= openWorkspaceStore().then(async (w) => {
      w.onNotice = () => context.events?.publish({ type: 'notices-changed' });
      w.onHistoryChanged = coalescedHistoryChanges(context.events);
      await moveLegacyConnections(w, store);
      return w;
    }));
  /** Refuses a workspace that does not exist, so no connection is saved where no list will ever show it. */
  const workspaceOf = async (workspaceId = DEFAULT_WORKSPACE_ID): Promise<string> =>
    (await workspaces()).workspace(workspaceId).id;
  const sandboxSummary = (): ConnectionSummary =>
    sandbox ? sandboxConnection(sandbox) : unavailableSandboxConnection((context.sandbox as { error: string }).error);
  const connections = async (workspaceId?: string): Promise<ConnectionSummary[]> => {
    const id = await workspaceOf(workspaceId);
    await store.ready;
    return [sandboxSummary(), ...store.list(id).map((c) => store.summary(c))];
  };

  const flows = context.flows ?? new FlowEngine();
  const resolveClient = async (connectionId: string, clientId: string) => {
    await store.ready;
    const saved = store.find(connectionId);
    if (saved) {
      const client = saved.clients.find((c) => c.clientId === clientId);
      if (!client)
        throw new Error(
          `${saved.name} has no client "${clientId}". Pick one of: ${saved.clients.map((c) => c.clientId).join(', ')}.`,
        );
      const clientSecret = store.secret(connectionId, clientId);
      if (client.authMethod !== 'none' && !clientSecret) {
        const problem = context.vault.status().problem;
        if (problem)
          throw new Error(
            `The secret of ${clientId} is kept in the vault, and the vault cannot be opened: ${problem.message}`,
          );
        throw new Error(
          `The secret of ${clientId} is not in the vault (an imported workspace never brings one; without TOKENSCOPE_VAULT_PASSPHRASE it is kept only until Tokenscope quits). Choose "Enter secret" beside the connection.`,
        );
      }
      return client.authMethod === 'private_key_jwt'
        ? {
            issuer: saved.issuer,
            client: { clientId, authMethod: client.authMethod, privateKeyJwk: JSON.parse(clientSecret!) as JWK },
          }
        : { issuer: saved.issuer, client: { clientId, clientSecret, authMethod: client.authMethod } };
    }
    if (connectionId !== SANDBOX_CONNECTION_ID || !sandbox) {
      const unavailable = connectionId === SANDBOX_CONNECTION_ID ? sandboxSummary().unavailable : undefined;
      throw new Error(
        unavailable ?? `There is no connection "${connectionId}". Pick one from the list of connections.`,
      );
    }
    const client = sandbox.clients.find((c) => c.clientId === clientId);
    if (!client) {
      throw new Error(
        `The sandbox has no application "${clientId}". Pick one of: ${sandbox.clients.map((c) => c.clientId).join(', ')}.`,
      );
    }
    const problem = sandboxClientProblem(sandbox, clientId);
    if (problem) throw new Error(problem);
    // Logto's app types: SPA and native are public (PKCE only); traditional web and M2M use client_secret_basic.
    const authMethod = client.clientSecret ? ('client_secret_basic' as const) : ('none' as const);
    return {
      issuer: sandbox.issuer,
      client: { clientId: client.clientId, clientSecret: client.clientSecret, authMethod },
    };
  };

  const runLog = new RunLog();
  const knowledge = new ConnectionKnowledgeStore(context.dataDir);
  const place: PlaceRun = async (connectionId, workspaceId) => {
    await store.ready;
    const saved = store.find(connectionId);
    if (saved) return { workspaceId: saved.workspaceId, connectionName: saved.name };
    return { workspaceId: await workspaceOf(workspaceId), connectionName: sandboxSummary().name };
  };
  /** The workspace whose knowledge of a connection is asked for: a saved connection's own, else the one named. */
  const knowledgeWorkspace = async (connectionId: string, workspaceId?: string) =>
    (await place(connectionId, workspaceId)).workspaceId;
  // Tenants read over their Management API, so their tokens are explained by their own roles.
  const readTenants = createReadTenants();
  const recorded = recordingFlows(
    createFlowApi(flows, resolveClient, context.shell, context.openSignInWindow),
    async (request): Promise<FlowResult> => {
      const { issuer, client } = await resolveClient(request.connectionId, request.clientId);
      return flows.clientCredentials({
        issuer,
        client,
        resources: request.resources,
        scope: request.scope,
        ...(request.organizationId ? { organizationId: request.organizationId } : {}),
        ...(request.dpop ? { dpop: true } : {}),
      });
    },
    {
      log: runLog,
      knowledge,
      place,
      explainScopes: (question, decoded) => explainScopes(question, sandbox, readTenants.forIssuer, decoded),
      ...(context.events ? { events: context.events } : {}),
    },
  );

  const sandboxControl =
    context.sandboxControl ??
    createSandboxControl({
      dataDir: context.dataDir,
      sandbox: context.sandbox,
      initialText: DEFAULT_WORLD_YAML,
      ...(context.events ? { events: context.events } : {}),
    });

  const replay = createReplayApi({
    dataDir: context.dataDir,
    workspaces,
    connections: workspaceConnections(store),
    dpopKeyFor: (accessToken) => flows.runs.holdingAccessToken(accessToken)?.dpopKey,
  });
  const lessons = createLessonApi({
    progress: new LessonProgressStore(context.dataDir),
    workspaceOf,
    runs: async (workspaceId) => runLog.list(workspaceId),
    history: {
      list: (request) => replay.listHistory(request),
      // An entry compacted away between the list and the read answers no lesson.
      entry: (id) => replay.getHistoryEntry({ id }).catch(() => undefined),
    },
  });

  const { forget: forgetTenant, ...tenantApi } = createTenantApi({
    dataDir: context.dataDir,
    vault: context.vault,
    ...(context.events ? { events: context.events } : {}),
    connectionIssuer: async (connectionId, workspaceId) => {
      await store.ready;
      const saved = store.find(connectionId);
      if (saved && (workspaceId === undefined || saved.workspaceId === workspaceId)) return saved.issuer;
      if (connectionId === SANDBOX_CONNECTION_ID && sandbox) return sandbox.issuer;
      throw new Error(
        sandboxSummary().unavailable && connectionId === SANDBOX_CONNECTION_ID
          ? sandboxSummary().unavailable!
          : `There is no connection "${connectionId}" in this workspace. Pick one from the list of connections.`,
      );
    },
  });

  const rememberedTenantApi: typeof tenantApi = {
    ...tenantApi,
    readTenant: async (request) => {
      const result = await tenantApi.readTenant(request);
      readTenants.remember(result);
      return result;
    },
  };

  const api: TokenscopeApi = {
    ...createSandboxApi(sandboxControl),
    ...rememberedTenantApi,
    ...createDoctorApi({
      sandboxConnectionId: SANDBOX_CONNECTION_ID,
      // The world in force at call time: the handle keeps the one applied last.
      sandboxTenant: () => ('issuer' in context.sandbox ? sandboxTenant(context.sandbox.world) : context.sandbox),
      readTenant: rememberedTenantApi.readTenant,
    }),
    ...createWorldCheckApi(),
    ...replay,
    ...lessons,
    ...createInspectApi(() => context.sandbox, readTenants.forIssuer),
    ...recorded,
    ...createDiscoveryApi({
      engine: flows,
      startAuthorization: recorded.startAuthorization,
      redirect: context.shell === 'electron' ? 'custom-scheme' : 'loopback',
      connections,
      addConnection: async (workspaceId, connection, client) =>
        store.add(await workspaceOf(workspaceId), connection, client),
      ...(context.events ? { events: context.events } : {}),
    }),

    async getAppInfo(): Promise<AppInfo> {
      return {
        name: 'Tokenscope',
        version: context.version,
        shell: context.shell,
        dataDir: context.dataDir,
        electronVersion: context.electronVersion,
        chromeVersion: context.chromeVersion,
        nodeVersion: process.versions.node,
        // Opened here if not yet, so a vault that cannot be opened is reported at start, not at the first secret.
        vault: await context.vault.check(),
      };
    },

    async listConnections(request) {
      return connections(request?.workspaceId);
    },

    async getFirstScreen(request) {
      // Each part by its own method, so the first screen sees what a later call of that method would; the workspaces
      // (and their notices) read after the connections, as the window's notices refresh after its first list does.
      const [appInfo, listed, runs] = await Promise.all([
        api.getAppInfo(),
        api.listConnections(request),
        api.listRuns(request),
      ]);
      const workspaces = await api.listWorkspaces();
      return { appInfo, workspaces, connections: listed, runs };
    },

    async addConnection(request) {
      return store.summary(await addConnection(store, await workspaceOf(request.workspaceId), request));
    },

    async setClientSecret(request) {
      return store.summary(await setClientSecret(store, request));
    },

    async removeConnection({ id }) {
      if (id === SANDBOX_CONNECTION_ID) throw new Error('The sandbox connection is built in and cannot be removed.');
      await store.ready;
      const saved = store.find(id);
      await store.remove(id);
      if (saved) await knowledge.forget(saved.workspaceId, id);
      await forgetTenant(id);
    },

    async editConnection(request) {
      return store.summary(await editConnection(store, request));
    },

    async getConnectionKnowledge({ connectionId, workspaceId }) {
      return knowledge.get(await knowledgeWorkspace(connectionId, workspaceId), connectionId);
    },

    async listRuns(request) {
      return runLog.list(await workspaceOf(request?.workspaceId));
    },

    async inspectRun({ runId, which = 'access_token', ...options }) {
      // The token stays where it arrived: the run holds it (and its DPoP key), the renderer names the run.
      const run = flows.runs.get(runId);
      if (!run)
        throw new Error(
          `Tokenscope no longer holds run ${runId}: it keeps the last 50 runs' tokens, in memory only. Run the flow again, or paste the token.`,
        );
      const token = run.tokens?.[which];
      if (typeof token !== 'string' || !token)
        throw new Error(`Run ${runId} received no ${which === 'id_token' ? 'ID token' : 'access token'} to inspect.`);
      const key = which === 'access_token' ? run.dpopKey : undefined;
      return inspectToken({
        ...options,
        // No issuer to trust is the same as for a pasted token: the token's own iss, which proves nothing.
        token,
        heldDpopKey: key ? { jkt: await dpopKeyThumbprint(key) } : {},
      });
    },

    async inspectToken(request) {
      // The main side knows which run received the token, and so its DPoP key (RFC 9449 §6.1: cnf.jkt names it).
      const key = flows.runs.holdingAccessToken(request.token)?.dpopKey;
      return inspectToken({ ...request, heldDpopKey: key ? { jkt: await dpopKeyThumbprint(key) } : {} });
    },
  };
  return api;
}
