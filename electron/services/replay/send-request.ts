/**
 * Sends one API call from the main side with Node's fetch: no CORS, no browser cookies, the token added here so the
 * renderer need not hold it. Time runs from just before the request is sent to the last byte of the body read.
 */
import { Agent } from 'undici';
import type { ReplayHeader, ReplayRequest, ReplayResponse } from '../../../shared/replay/types.js';
import { explainResponse } from '../../../shared/replay/read-challenges.js';
import type { ExplainContext } from '../../../shared/replay/explain-challenge.js';

/** The body shown and kept is cut here; `sizeBytes` still counts every byte received. */
export const RESPONSE_BODY_LIMIT = 2 * 1024 * 1024;
export const REQUEST_TIMEOUT_MS = 30_000;

export class ReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayError';
  }
}

function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ReplayError(`"${raw}" is not an absolute URL. Write it with its scheme, e.g. https://api.example.com/products.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ReplayError(`Only http and https URLs can be called, not ${url.protocol}. Check the URL.`);
  return url;
}

function explainNetworkError(error: unknown, url: URL): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as Error).name;
  switch (code) {
    case 'ECONNREFUSED':
      return `Nothing answers at ${url.host} (connection refused). Is the API running, and is the port right?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host name ${url.hostname} could not be resolved. Check the URL, or your network.`;
    case 'TimeoutError':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `${url.host} did not answer in time. Is the API stuck, or is the host unreachable?`;
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return `The TLS certificate of ${url.host} is not trusted (${code}). Use a trusted certificate, or call the API over http on loopback.`;
    default:
      if (cause?.message === 'bad port') return `fetch refuses port ${url.port}: the Fetch standard blocks it ("bad port", used by other protocols). Run the API on another port.`;
      return `The call to ${url.host} failed before any answer: ${cause?.message ?? (error as Error).message}. Check the URL and that the API is reachable.`;
  }
}

async function readBody(response: Response): Promise<{ text: string; size: number; truncated: boolean }> {
  if (!response.body) return { text: '', size: 0, truncated: false };
  // A body of known, bounded length is read in one go (as a bare fetch would); others are streamed and cut.
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared <= RESPONSE_BODY_LIMIT && !response.headers.has('content-encoding')) {
    const text = await response.text();
    return { text, size: declared, truncated: false };
  }
  // The reader straight, chunks decoded once at the end: an async iterator and a streaming decode per chunk cost a
  // chunked answer (any server that does not send Content-Length) a tenth more than a bare fetch's text().
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let kept = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (kept >= RESPONSE_BODY_LIMIT) continue;
    chunks.push(value);
    kept += value.byteLength;
  }
  let text = Buffer.concat(chunks).toString('utf8');
  const truncated = size > RESPONSE_BODY_LIMIT;
  // Cut at a character, not a byte: a multi-byte character split at the limit would decode as U+FFFD.
  if (truncated && text.length > RESPONSE_BODY_LIMIT) text = text.slice(0, RESPONSE_BODY_LIMIT);
  return { text, size, truncated };
}

/**
 * The bounded wait, kept by the connection pool: no answer to the request (headers) or no byte of the body for the
 * timeout. Not an AbortSignal per call: undici ties each signal to its request with a WeakRef and a finalizer, which
 * cost a call to a fast API a tenth of its CPU time (bench/replay-overhead). undici 7's Agent serves Node's own fetch
 * (undici 6 inside Node 20 and 22) through its legacy-handler wrapper.
 */
const agents = new Map<number, Agent>();
function agentFor(timeoutMs: number): Agent {
  let agent = agents.get(timeoutMs);
  if (!agent) {
    agent = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connect: { timeout: timeoutMs } });
    agents.set(timeoutMs, agent);
  }
  return agent;
}

export interface SendOptions {
  /** Bearer token to send (RFC 6750 §2.1); replaces any Authorization header the request has. */
  token?: string;
  tokenScopes?: string[];
  /** REQUEST_TIMEOUT_MS when absent. */
  timeoutMs?: number;
}

export async function sendRequest(request: ReplayRequest, options: SendOptions = {}): Promise<ReplayResponse> {
  const url = checkedUrl(request.url);
  const method = request.method.trim().toUpperCase();
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Z]+$/.test(method)) throw new ReplayError(`"${request.method}" is not an HTTP method. Use GET, POST, PUT, PATCH, DELETE…`);
  const headers = new Headers();
  for (const h of request.headers) {
    if (!h.name.trim()) continue;
    try {
      headers.append(h.name.trim(), h.value);
    } catch {
      throw new ReplayError(`The header "${h.name}" is not valid HTTP (RFC 9110 §5.1: a token, then a value without line breaks). Fix or remove it.`);
    }
  }
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  const sendsBody = request.body !== undefined && request.body !== '' && method !== 'GET' && method !== 'HEAD';
  const started = performance.now();
  let response: Response;
  let body: Awaited<ReturnType<typeof readBody>>;
  try {
    // The string, not the URL object: undici converts a URL object through its WebIDL layer on every call.
    response = await fetch(url.href, {
      method,
      headers,
      ...(sendsBody ? { body: request.body } : {}),
      // The user wants to see a 3xx as the API sent it, not where it leads.
      redirect: 'manual',
      dispatcher: agentFor(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
    } as RequestInit);
    body = await readBody(response);
  } catch (error) {
    throw new ReplayError(explainNetworkError(error, url));
  }
  const durationMs = performance.now() - started;
  const responseHeaders: ReplayHeader[] = [];
  response.headers.forEach((value, name) => responseHeaders.push({ name, value }));
  const context: ExplainContext = { status: response.status, sentToken: headers.has('authorization'), ...(options.tokenScopes ? { tokenScopes: options.tokenScopes } : {}) };
  return {
    status: response.status,
    statusText: response.statusText,
    headers: responseHeaders,
    body: body.text,
    bodyTruncated: body.truncated,
    durationMs,
    sizeBytes: body.size,
    ...explainResponse(responseHeaders, body.text, { ...context, status: response.status }),
  };
}
