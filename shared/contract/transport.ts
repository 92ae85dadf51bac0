/**
 * How a call and its answer travel, whatever the transport (IPC or HTTP).
 * Errors travel as data: Electron's IPC drops the fields of thrown errors, and HTTP has no exceptions.
 */
import { API_METHODS, type ApiMethod, type TokenscopeApi } from './api.js';
import { bodyByteLimit, tooLargeMessage } from './call-limits.js';

/** The browser host's wire: POST <HTTP_CALL_PATH><method>, the per-launch secret in HTTP_SECRET_HEADER. */
export const HTTP_CALL_PATH = '/api/call/';
export const HTTP_SECRET_HEADER = 'x-tokenscope-secret';

export type ApiErrorCode =
  | 'unknown_method'
  | 'bad_argument'
  | 'forbidden'
  /** Over the call's size limit (`call-limits.ts`); the browser host answers it with a 413. */
  | 'too_large'
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

/**
 * The refusal a sender can give itself, before uploading a body its call refuses anyway. Only the certain cases:
 * a character takes at least one byte, so more characters than the limit is over it; nearer the limit, counting
 * bytes would walk the whole text, and the receiver counts them anyway.
 */
export function refuseOversizedBody(method: ApiMethod, body: string): ApiEnvelope | undefined {
  if (body.length <= bodyByteLimit(method)) return undefined;
  return { ok: false, error: { code: 'too_large', message: tooLargeMessage(method) } };
}

const isEnvelope = (value: unknown): value is ApiEnvelope =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** The browser host's answer as an envelope, whatever came back: a status without one still says what happened. */
export function envelopeOfHttpAnswer(method: ApiMethod, status: number, text: string): ApiEnvelope {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isEnvelope(parsed)) return parsed;
  } catch {
    // Not JSON: described by its status below.
  }
  if (status === 413) return { ok: false, error: { code: 'too_large', message: tooLargeMessage(method) } };
  const message = `Tokenscope answered ${status} without a result. Reload the page.`;
  return { ok: false, error: { code: 'internal', message } };
}
