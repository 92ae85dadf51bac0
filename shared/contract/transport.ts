/**
 * How a call and its answer travel, whatever the transport (IPC or HTTP).
 * Errors travel as data: Electron's IPC drops the fields of thrown errors, and HTTP has no exceptions.
 */
import { API_METHODS, type ApiMethod, type TokenscopeApi } from './api.js';

/** The browser host's wire: POST <HTTP_CALL_PATH><method>, the per-launch secret in HTTP_SECRET_HEADER. */
export const HTTP_CALL_PATH = '/api/call/';
export const HTTP_SECRET_HEADER = 'x-tokenscope-secret';

export type ApiErrorCode =
  | 'unknown_method'
  | 'bad_argument'
  | 'forbidden'
  | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  /** What went wrong and what to do about it, for a person. */
  message: string;
}

export type ApiEnvelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.code = body.code;
  }
}

/** Sends one call and returns its envelope; each transport supplies its own. */
export type Invoke = (method: ApiMethod, argument: unknown) => Promise<ApiEnvelope>;

/** Builds the typed API over any transport, so the renderer sees one object whichever shell it runs in. */
export function createApiClient(invoke: Invoke): TokenscopeApi {
  const client: Record<string, (argument?: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) {
    client[method] = async (argument?: unknown) => {
      const envelope = await invoke(method, argument);
      if (envelope.ok) return envelope.value;
      throw new ApiCallError(envelope.error);
    };
  }
  return client as unknown as TokenscopeApi;
}
