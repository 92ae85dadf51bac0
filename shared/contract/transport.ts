/**
 * How a call and its answer travel, whatever the transport (IPC or HTTP).
 * Errors travel as data: Electron's IPC drops the fields of thrown errors, and HTTP has no exceptions.
 */
// Types only: the renderer loads this file, and the declarations behind `api.ts` carry the schemas (TypeBox), which
// only the main side needs.
import type { ApiMethod, TokenscopeApi } from './api.js';

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

/**
 * Builds the typed API over any transport, so the renderer sees one object whichever shell it runs in. A Proxy, not a
 * loop over the method names: the names come from the contract's declarations, whose schemas the renderer need not
 * load (they weighed 17 KB gzipped on the first screen); the main side refuses a name it does not declare.
 */
export function createApiClient(invoke: Invoke): TokenscopeApi {
  const calls = new Map<string, (argument?: unknown) => Promise<unknown>>();
  const callOf = (method: string) => async (argument?: unknown) => {
    const envelope = await invoke(method as ApiMethod, argument);
    if (envelope.ok) return envelope.value;
    throw new ApiCallError(envelope.error);
  };
  return new Proxy({} as TokenscopeApi, {
    get(_target, name) {
      // `then`: an API object handed to a promise must not look like one.
      if (typeof name !== 'string' || name === 'then') return undefined;
      let call = calls.get(name);
      if (!call) calls.set(name, (call = callOf(name)));
      return call;
    },
  });
}

/** What a 413 says when it came without an envelope (the host names the call's limit in the envelope it sends). */
export const TOO_LARGE_MESSAGE =
  'This call is larger than Tokenscope takes in one call. Send less at once (e.g. export the workspace without its history).';

const isEnvelope = (value: unknown): value is ApiEnvelope =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** The browser host's answer as an envelope, whatever came back: a status without one still says what happened. */
export function envelopeOfHttpAnswer(status: number, text: string): ApiEnvelope {
  try {
    const parsed: unknown = JSON.parse(text);
    if (isEnvelope(parsed)) return parsed;
  } catch {
    // Not JSON: described by its status below.
  }
  if (status === 413) return { ok: false, error: { code: 'too_large', message: TOO_LARGE_MESSAGE } };
  const message = `Tokenscope answered ${status} without a result. Reload the page.`;
  return { ok: false, error: { code: 'internal', message } };
}
