/**
 * Export and import of a workspace as JSON that never holds a secret. The import is untrusted input (a file from
 * anywhere): every field is checked and copied, never spread, so unknown fields such as a `clientSecret` added by
 * hand cannot ride along.
 */
import { maskBody, maskHeaderList, maskUrl } from '../security/masking/mask.js';
import { isSecretHeader } from '../security/masking/secret-names.js';
import { maskReplayResponse, stripSecretHeaders } from './mask-history-entry.js';
import { explainResponse } from './read-challenges.js';
import { MAX_TIME_LIMITS, type CallCutOff } from './replay-limits.js';
import type { HistoryEntry, ReplayHeader, ReplayRequest, ReplayResponse } from './types.js';
import {
  WORKSPACE_EXPORT_FORMAT,
  type SavedRequest,
  type Workspace,
  type WorkspaceClient,
  type WorkspaceConnection,
  type WorkspaceExport,
} from './workspace.js';
import type { ClientAuthMethod, ClientSummary } from '../contract/connection.js';

/** Masked again on the way out: history written before masking knew a secret's shape is cleaned here too. */
function cleanRequest(request: ReplayRequest): ReplayRequest {
  return {
    method: request.method,
    url: maskUrl(request.url),
    headers: maskHeaderList(stripSecretHeaders(request.headers)),
    ...(request.body !== undefined ? { body: maskBody(request.body) } : {}),
    ...(request.maxTimeSeconds !== undefined ? { maxTimeSeconds: request.maxTimeSeconds } : {}),
  };
}

/** Field by field, so nothing the main side keeps beside a connection (a public key, a secret) can ride along. */
function cleanConnection(connection: WorkspaceConnection): WorkspaceConnection {
  return {
    name: connection.name,
    issuer: connection.issuer,
    clients: connection.clients.map((c) => ({
      clientId: c.clientId,
      ...(c.name ? { name: c.name } : {}),
      kind: c.kind,
      authMethod: c.authMethod,
    })),
    ...(connection.metadata ? { metadata: connection.metadata } : {}),
  };
}

export function exportWorkspace(
  workspace: Workspace,
  connections: WorkspaceConnection[],
  history: HistoryEntry[] | undefined,
  now = new Date(),
): WorkspaceExport {
  return {
    format: WORKSPACE_EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    workspace: {
      name: workspace.name,
      createdAt: workspace.createdAt,
      connections: connections.map(cleanConnection),
      savedRequests: workspace.savedRequests.map((r) => ({
        id: r.id,
        name: r.name,
        createdAt: r.createdAt,
        request: cleanRequest(r.request),
      })),
    },
    ...(history
      ? {
          history: history.map((e) => ({
            id: e.id,
            at: e.at,
            request: cleanRequest(e.request),
            ...(e.response
              ? { response: maskReplayResponse({ ...e.response, headers: stripSecretHeaders(e.response.headers) }) }
              : {}),
            ...(e.error ? { error: e.error } : {}),
            ...(e.cutOff ? { cutOff: e.cutOff } : {}),
          })),
        }
      : {}),
  };
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

function readHeaders(value: unknown, notices: Set<string>): ReplayHeader[] {
  if (!Array.isArray(value)) return [];
  const headers: ReplayHeader[] = [];
  for (const h of value) {
    if (!isRecord(h) || typeof h.name !== 'string' || typeof h.value !== 'string') continue;
    if (isSecretHeader(h.name)) {
      notices.add(`Dropped ${h.name} headers from the import: credentials are picked when sending, never stored.`);
      continue;
    }
    headers.push({ name: h.name, value: h.value });
  }
  return maskHeaderList(headers);
}

/** A limit of the call as the file states it, when it is one this version accepts (see MAX_TIME_LIMITS). */
function readMaxTime(value: unknown): { maxTimeSeconds?: number } {
  const { minSeconds, maxSeconds } = MAX_TIME_LIMITS;
  return typeof value === 'number' && value >= minSeconds && value <= maxSeconds ? { maxTimeSeconds: value } : {};
}

function readRequest(value: unknown, notices: Set<string>): ReplayRequest | undefined {
  if (!isRecord(value) || typeof value.url !== 'string' || typeof value.method !== 'string') return undefined;
  // A file from elsewhere may hold tokens in plain text: masked before the history log writes it.
  return {
    method: value.method,
    url: maskUrl(value.url),
    headers: readHeaders(value.headers, notices),
    ...(typeof value.body === 'string' ? { body: maskBody(value.body) } : {}),
    ...readMaxTime(value.maxTimeSeconds),
  };
}

/** Which limit ended a call, as the file says, when it says it in the shape this version writes. */
function readCutOff(value: unknown): { cutOff?: CallCutOff } {
  if (!isRecord(value) || (value.limit !== 'max-time' && value.limit !== 'max-size')) return {};
  if (typeof value.value !== 'number' || typeof value.explanation !== 'string') return {};
  return { cutOff: { limit: value.limit, value: value.value, explanation: value.explanation } };
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Challenges and explanations are derived again from the headers rather than trusted from the file. */
function readResponse(value: unknown, notices: Set<string>): ReplayResponse | undefined {
  if (!isRecord(value) || typeof value.status !== 'number') return undefined;
  const headers = readHeaders(value.headers, notices);
  return {
    status: value.status,
    statusText: str(value.statusText),
    headers,
    body: maskBody(str(value.body)),
    bodyTruncated: value.bodyTruncated === true,
    durationMs: num(value.durationMs),
    sizeBytes: num(value.sizeBytes),
    ...readCutOff(value.cutOff),
    ...explainResponse(headers, str(value.body), { status: value.status }),
  };
}

const CLIENT_KINDS: readonly ClientSummary['kind'][] = ['m2m', 'native', 'spa', 'traditional'];
const AUTH_METHODS: readonly ClientAuthMethod[] = [
  'none',
  'client_secret_basic',
  'client_secret_post',
  'private_key_jwt',
];

function readClient(k: Record<string, unknown>): WorkspaceClient {
  // Exports made before connections carried their auth method said only whether a secret was needed.
  const legacyMethod: ClientAuthMethod = k.needsSecret === true || 'clientSecret' in k ? 'client_secret_basic' : 'none';
  const authMethod = AUTH_METHODS.includes(k.authMethod as ClientAuthMethod)
    ? (k.authMethod as ClientAuthMethod)
    : legacyMethod;
  const kind = CLIENT_KINDS.includes(k.kind as ClientSummary['kind'])
    ? (k.kind as ClientSummary['kind'])
    : authMethod === 'none'
      ? 'spa'
      : 'm2m';
  return { clientId: k.clientId as string, ...(typeof k.name === 'string' ? { name: k.name } : {}), kind, authMethod };
}

const SECRET_FIELDS = ['clientSecret', 'client_secret', 'privateKey', 'privateKeyJwk', 'secret'];
const carriesSecret = (v: Record<string, unknown>) => SECRET_FIELDS.some((f) => f in v);

/** One connection of an export, or of a workspaces.json from before connections had a store of their own. */
export function readConnection(c: Record<string, unknown>, notices: Set<string>): WorkspaceConnection {
  const clients = (Array.isArray(c.clients) ? c.clients : []).filter(isRecord);
  if (carriesSecret(c) || clients.some(carriesSecret)) {
    notices.add(
      'Dropped client secrets found in the file: enter them again in Tokenscope, they are kept in its vault only.',
    );
  }
  return {
    name: str(c.name, 'Imported connection'),
    issuer: str(c.issuer),
    clients: clients.filter((k) => typeof k.clientId === 'string').map(readClient),
    ...(isRecord(c.metadata) ? { metadata: c.metadata } : {}),
  };
}

export interface ParsedImport {
  workspace: Omit<Workspace, 'id'>;
  connections: WorkspaceConnection[];
  history: Omit<HistoryEntry, 'workspaceId' | 'token' | 'id'>[];
  notices: string[];
}

/** Reads an export, or says exactly why it is not one. */
export function parseWorkspaceExport(text: string, now = new Date()): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(
      `The file is not JSON (${(error as Error).message}). Pick a file made with "Export workspace".`,
    );
  }
  if (!isRecord(data) || data.format !== WORKSPACE_EXPORT_FORMAT) {
    throw new ImportError(
      `The file is not a Tokenscope workspace export (no "format": "${WORKSPACE_EXPORT_FORMAT}"). Pick a file made with "Export workspace".`,
    );
  }
  if (data.version !== 1)
    throw new ImportError(
      `This export is version ${JSON.stringify(data.version)}; this Tokenscope reads version 1. Update Tokenscope.`,
    );
  if (!isRecord(data.workspace))
    throw new ImportError('The export has no "workspace" object. The file is damaged: export it again.');
  const notices = new Set<string>();
  const source = data.workspace;
  const connections = (Array.isArray(source.connections) ? source.connections : [])
    .filter(isRecord)
    .map((c) => readConnection(c, notices));
  const savedRequests: SavedRequest[] = [];
  for (const r of Array.isArray(source.savedRequests) ? source.savedRequests : []) {
    const request = isRecord(r) ? readRequest(r.request, notices) : undefined;
    if (!request || !isRecord(r)) {
      notices.add('Skipped saved requests without a method and URL.');
      continue;
    }
    savedRequests.push({
      id: str(r.id, crypto.randomUUID()),
      name: str(r.name, request.url),
      createdAt: str(r.createdAt, now.toISOString()),
      request,
    });
  }
  const history: ParsedImport['history'] = [];
  for (const e of Array.isArray(data.history) ? data.history : []) {
    const request = isRecord(e) ? readRequest(e.request, notices) : undefined;
    if (!request || !isRecord(e)) continue;
    const response = readResponse(e.response, notices);
    history.push({
      at: str(e.at, now.toISOString()),
      request,
      ...(response ? { response } : {}),
      ...(typeof e.error === 'string' ? { error: e.error } : {}),
      ...readCutOff(e.cutOff),
    });
  }
  return {
    workspace: {
      name: str(source.name, 'Imported workspace'),
      createdAt: str(source.createdAt, now.toISOString()),
      savedRequests,
    },
    connections,
    history,
    notices: [...notices],
  };
}
