/** The replay and workspace calls, over one workspace store opened lazily in the data dir. */
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ReplayApi } from '../../../shared/contract/methods/replay-methods.js';
import type { HistoryEntry, SendApiRequest, TokenMention } from '../../../shared/replay/types.js';
import { DEFAULT_WORKSPACE_ID, WorkspaceStore, forHistory } from '../workspaces/workspace-store.js';
import type { WorkspaceConnections } from '../connections/workspace-connections.js';
import { ReplayError, sendRequest } from './send-request.js';
import { TokenReferences } from './token-references.js';
import { DpopNonceMemory, dpopProver, type DpopProver } from './dpop-prover.js';

/** RFC 9449 §6.1: a JWT access token bound to a key carries its thumbprint in `cnf.jkt`. */
export interface ReplayContext {
  dataDir: string;
  /** The workspace store (as `openWorkspaces` gives it), when the caller shares it: the app does, so connections are checked against it. */
  workspaces?: () => Promise<WorkspaceStore>;
  /** The workspaces' connections, exported, imported and removed with them; without it workspaces carry none. */
  connections?: WorkspaceConnections;
  /** The DPoP key of the run that received this access token, when one does (the flows' run store). */
  dpopKeyFor?: (accessToken: string) => CryptoKeyPair | undefined;
}

/** The workspace store once its workspaces are known (see `WorkspaceStore.openDocument`), opened once. */
export function openWorkspaces(dataDir: string): () => Promise<WorkspaceStore> {
  let opened: Promise<WorkspaceStore> | undefined;
  return () => (opened ??= WorkspaceStore.openDocument(join(dataDir, 'workspaces')));
}

export function createReplayApi(context: ReplayContext): ReplayApi {
  const document = context.workspaces ?? openWorkspaces(context.dataDir);
  // Every call here may read or write history, so each waits for the histories to be loaded.
  const store = async () => {
    const workspaces = await document();
    await workspaces.historiesLoaded;
    return workspaces;
  };
  const connections = context.connections;
  const tokens = new TokenReferences();
  const nonces = new DpopNonceMemory();
  const provers = new WeakMap<CryptoKeyPair, Promise<DpopProver>>();
  /** RFC 9449 §7.1: a bound token goes with a proof of its run's key, unless the user asks for Bearer. */
  const dpopFor = (token: string | undefined, sendAs: SendApiRequest['sendAs']) => {
    const key = token && sendAs !== 'bearer' ? context.dpopKeyFor?.(token) : undefined;
    if (!key) return undefined;
    let prover = provers.get(key);
    if (!prover) provers.set(key, (prover = dpopProver(key)));
    return prover;
  };
  // Opened at once in the background, so a long history is parsed before the user opens the view.
  store().catch(() => undefined);

  function pickToken(choice: SendApiRequest['token']): { token?: string; mention?: TokenMention } {
    if (choice.kind === 'none') return {};
    if (choice.kind === 'token') {
      const token = choice.token.trim().replace(/^Bearer\s+/i, '');
      return { token, mention: tokens.hold(token) };
    }
    const token = tokens.get(choice.ref);
    if (!token) {
      throw new ReplayError(
        'Tokenscope no longer holds that token: tokens are kept in memory only, and this one is from before a restart. Paste it, or request a new one.',
      );
    }
    return { token, mention: tokens.hold(token) };
  }

  return {
    async sendApiRequest({ workspaceId = DEFAULT_WORKSPACE_ID, request, token: choice, sendAs }) {
      const workspaces = await store();
      workspaces.workspace(workspaceId);
      const { token, mention } = pickToken(choice);
      const entry: HistoryEntry = {
        id: randomUUID(),
        workspaceId,
        at: new Date().toISOString(),
        request,
        ...(mention ? { token: mention } : {}),
      };
      try {
        const prover = await dpopFor(token, sendAs);
        entry.response = await sendRequest(request, {
          ...(token ? { token, tokenBound: tokens.boundToKey(token) } : {}),
          ...(prover ? { dpop: { prover, nonces } } : {}),
          ...(mention?.scope !== undefined ? { tokenScopes: mention.scope.split(' ').filter(Boolean) } : {}),
        });
      } catch (error) {
        if (!(error instanceof ReplayError)) throw error;
        entry.error = error.message;
        if (error.cutOff) entry.cutOff = error.cutOff;
      }
      // The store masks it before the log sees it (by name, by shape, and every token of the session), once.
      // Answered only once written, so a kill never loses what the user saw. A history that cannot be written does
      // not fail the call: it says so.
      const known = tokens.known();
      const { stored, written } = workspaces.recordHistory(entry, known);
      await written.catch((error: unknown) =>
        workspaces.addNotice(
          `A call could not be written to history: ${(error as Error).message}. Check that the data folder is writable.`,
        ),
      );
      return { entry: stored ?? forHistory(entry, known) };
    },

    async listHistory(request) {
      return (await store()).listHistory(request);
    },

    async getHistoryEntry({ id }) {
      const entry = (await store()).historyEntry(id);
      if (!entry)
        throw new Error(
          `There is no history entry "${id}"; it may have been compacted away. Refresh the history list.`,
        );
      return entry;
    },

    async clearHistory({ workspaceId }) {
      await (await store()).clearHistory(workspaceId);
    },

    async listWorkspaces() {
      const list = (await store()).list();
      return { ...list, notices: [...((await connections?.notices()) ?? []), ...list.notices] };
    },

    async createWorkspace({ name }) {
      return (await store()).create(name);
    },

    async deleteWorkspace({ workspaceId }) {
      await (await store()).remove(workspaceId);
      await connections?.removeWorkspace(workspaceId);
    },

    async dismissWorkspaceNotices({ notices }) {
      (await store()).dismissNotices(notices);
      connections?.dismissNotices(notices);
    },

    async saveRequest({ workspaceId, name, request }) {
      return (await store()).saveRequest(workspaceId, name, request);
    },

    async deleteSavedRequest({ workspaceId, requestId }) {
      await (await store()).deleteRequest(workspaceId, requestId);
    },

    async exportWorkspace({ workspaceId, includeHistory }) {
      const workspaces = await store();
      workspaces.workspace(workspaceId);
      return workspaces.export(workspaceId, includeHistory, (await connections?.exportFor(workspaceId)) ?? []);
    },

    async importWorkspace({ text }) {
      const workspaces = await store();
      const imported = await workspaces.import(text);
      if (!connections) {
        const dropped =
          imported.connections.length > 0
            ? [`${imported.connections.length} connection(s) in the file were not imported: this store keeps none.`]
            : [];
        return {
          workspace: imported.workspace,
          importedHistory: imported.importedHistory,
          secretsNeeded: [],
          notices: [...imported.notices, ...dropped],
        };
      }
      try {
        const adopted = await connections.importInto(imported.workspace.id, imported.connections);
        return {
          workspace: imported.workspace,
          importedHistory: imported.importedHistory,
          secretsNeeded: adopted.secretsNeeded,
          notices: [...imported.notices, ...adopted.notices],
        };
      } catch (error) {
        // Half an import is worse than none: the workspace goes again, and the user can retry the whole file.
        await workspaces.remove(imported.workspace.id).catch(() => undefined);
        throw error;
      }
    },
  };
}
