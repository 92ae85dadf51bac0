/**
 * Sends one API call from the main side with undici.request, as Node's fetch would (fetch-compat.ts): no CORS, no
 * browser cookies, the token added here so the renderer need not hold it. Not fetch itself: its web streams, event
 * targets and garbage cost a call to a fast API about twice undici.request's CPU time (bench/replay-overhead).
 * Time runs from just before the request is sent to the last byte of the body read.
 */
import type { Readable } from 'node:stream';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import type { ReplayHeader, ReplayRequest, ReplayResponse } from '../../../shared/replay/types.js';
import { explainResponse } from '../../../shared/replay/read-challenges.js';
import type { ExplainContext } from '../../../shared/replay/explain-challenge.js';
import { asksForDpopNonce } from '../../../shared/replay/dpop-nonce-challenge.js';
import type { DpopNonceMemory, DpopProver } from './dpop-prover.js';
import {
  MAX_RESPONSE_BYTES,
  MAX_TIME_LIMITS,
  sizeCutOff,
  timeCutOff,
  type CallCutOff,
} from '../../../shared/replay/replay-limits.js';
import { RequestHeaderList, contentDecoders, decodedBody, isBadPort, responseHeaderList } from './fetch-compat.js';

/** The most of an answer read (see shared/replay/replay-limits.ts, where every limit of a call is stated). */
export const RESPONSE_BODY_LIMIT = MAX_RESPONSE_BYTES;
/** No answer, or no byte of the body, for this long: the API is stuck, whatever the call's total limit. */
export const REQUEST_TIMEOUT_MS = 30_000;

export class ReplayError extends Error {
  /** Set when the call's time limit ran out before any answer. */
  readonly cutOff: CallCutOff | undefined;

  constructor(message: string, cutOff?: CallCutOff) {
    super(message);
    this.name = 'ReplayError';
    this.cutOff = cutOff;
  }
}

function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ReplayError(
      `"${raw}" is not an absolute URL. Write it with its scheme, e.g. https://api.example.com/products.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ReplayError(`Only http and https URLs can be called, not ${url.protocol}. Check the URL.`);
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
      if (cause?.message === 'bad port')
        return `fetch refuses port ${url.port}: the Fetch standard blocks it ("bad port", used by other protocols). Run the API on another port.`;
      return `The call to ${url.host} failed before any answer: ${cause?.message ?? (error as Error).message}. Check the URL and that the API is reachable.`;
  }
}

export interface ReadBody {
  text: string;
  size: number;
  truncated: boolean;
  cutOff?: 'max-time' | 'max-size';
}

/** Bytes up to `limit`, ending on a UTF-8 character boundary so no character decodes half (as U+FFFD). */
function utf8Prefix(bytes: Buffer, limit: number): Buffer {
  if (bytes.length <= limit) return bytes;
  let end = limit;
  // A continuation byte (10xxxxxx) belongs to the character that starts before it.
  while (end > 0 && end > limit - 4 && (bytes[end]! & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end);
}

/**
 * Reads the body until it ends, the call's deadline passes or `maxBytes` have come, whichever is first; then stops
 * downloading (`stop` destroys the answer, which closes the connection). Chunks decoded once at the end: a streaming
 * decode per chunk costs a chunked answer a tenth more (bench/replay-overhead). One timer per call, not an
 * AbortSignal (see agentFor).
 */
function readBody(body: Readable, stop: () => void, deadline: number, maxBytes: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (cutOff?: ReadBody['cutOff']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (cutOff) stop();
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const kept = utf8Prefix(bytes, maxBytes);
      resolve({ text: kept.toString('utf8'), size, truncated: kept.length < size, ...(cutOff ? { cutOff } : {}) });
    };
    const timer = setTimeout(() => finish('max-time'), Math.max(0, deadline - performance.now()));
    body.on('data', (chunk: Buffer) => {
      if (settled) return;
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > maxBytes) finish('max-size');
    });
    body.on('end', () => finish());
    // Kept after settling: a stream destroyed on purpose may still report an error, which is then no news.
    body.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      reject(error);
    });
  });
}

/**
 * The bounded wait, kept by the connection pool: no answer to the request (headers) or no byte of the body for the
 * timeout. Not an AbortSignal per call: undici ties each signal to its request with a WeakRef and a finalizer, which
 * cost a call to a fast API a tenth of its CPU time (bench/replay-overhead). One pool per time limit, kept for the
 * process, so a call reuses its connection.
 */
const agents = new Map<number, Agent>();
/** Each time limit a user types gets a pool; the least recently used go, once their calls are done. */
const MAX_AGENTS = 8;
function agentFor(timeoutMs: number): Agent {
  let agent = agents.get(timeoutMs);
  if (agent) return agent;
  agent = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connect: { timeout: timeoutMs } });
  agents.set(timeoutMs, agent);
  while (agents.size > MAX_AGENTS) {
    const [oldest, pool] = agents.entries().next().value!;
    agents.delete(oldest);
    void pool.close().catch(() => undefined);
  }
  return agent;
}

/** Errors shaped as fetch rejected them (a TypeError whose cause is undici's error), which the explanations read. */
const asFetchError = (cause: unknown, message = 'fetch failed'): Error => new TypeError(message, { cause });

/** Stops an answer's download; undici reports the abort as an error, which here is no news (and must not go unheard). */
const discard = (body: Readable): void => {
  body.on('error', () => undefined);
  body.destroy();
};

const headerValue = (headers: ReplayHeader[], name: string): string | null =>
  headers.find((h) => h.name === name)?.value ?? null;

const isTimeout = (error: unknown): boolean =>
  ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'].includes(
    (error as { cause?: { code?: string } }).cause?.code ?? '',
  );

export interface SendOptions {
  /** Token to send, as Bearer (RFC 6750 §2.1) or with `dpop` as DPoP; replaces any Authorization header. */
  token?: string;
  /** Send the token with the DPoP scheme and a proof of the run's key (RFC 9449 §7.1). */
  dpop?: { prover: DpopProver; nonces: DpopNonceMemory };
  /** The token carries `cnf.jkt` (RFC 9449 §6.1), whichever way it is sent. */
  tokenBound?: boolean;
  tokenScopes?: string[];
  /** How long the API may stay silent (no answer, no body byte); REQUEST_TIMEOUT_MS when absent. */
  timeoutMs?: number;
  /** MAX_RESPONSE_BYTES when absent. */
  maxResponseBytes?: number;
}

/** The mark of a value masked in history: sending one would only earn a confusing 401 from the API. */
const MASKED = /…•{6} \(\d+ chars\)/;

function refuseMaskedValues(request: ReplayRequest): void {
  const where = MASKED.test(request.url)
    ? 'URL'
    : request.headers.some((h) => MASKED.test(h.value))
      ? 'headers'
      : request.body && MASKED.test(request.body)
        ? 'body'
        : undefined;
  if (where) {
    throw new ReplayError(
      `A value in the request's ${where} is one history masked ("abcd…•••••• (N chars)"), not the real one: ` +
        'history never keeps secrets. Paste the real value in its place, then send.',
    );
  }
}

/** An answer's status and headers (as fetch's Headers listed them), its body still to read. */
export interface OpenAnswer {
  status: number;
  statusText: string;
  headers: ReplayHeader[];
  body: Readable;
}

/**
 * Sends one request with undici.request as Node's fetch sent it (fetch-compat.ts): fetch's default headers, bad ports
 * refused, no redirect followed (as fetch's redirect: 'manual': the caller sees a 3xx as it came), errors shaped as
 * fetch's. `silenceMs` bounds the wait for the answer and between body bytes (the pool's timeouts, see agentFor);
 * `signal`, when given, ends the request at once. Shared by replay and the tenant reader's GETs.
 */
export async function openAnswer(
  url: URL,
  method: string,
  headers: RequestHeaderList,
  body: string | undefined,
  silenceMs: number,
  signal?: AbortSignal,
): Promise<OpenAnswer> {
  // Fetch standard §4.1 main fetch, step 6: fetch refused these ports before any connection.
  if (isBadPort(url)) throw asFetchError(new Error('bad port'));
  let answer: Dispatcher.ResponseData;
  try {
    answer = await undiciRequest(url.href, {
      method: method as Dispatcher.HttpMethod,
      headers: headers.withFetchDefaults(url, method, body),
      ...(body !== undefined ? { body } : {}),
      dispatcher: agentFor(silenceMs),
      ...(signal ? { signal } : {}),
      // Fetch's Headers read the raw lines as latin1; so does fetch-compat from these.
      responseHeaders: 'raw',
    });
  } catch (error) {
    throw asFetchError(error);
  }
  return {
    status: answer.statusCode,
    statusText: answer.statusText ?? '',
    headers: responseHeaderList(answer.headers as unknown as string[]),
    body: answer.body,
  };
}

/**
 * The answer's body, decoded as fetch decoded it, until it ends, `deadline` (performance.now() time) passes or
 * `maxBytes` have come; a body that breaks rejects as fetch's did ("terminated", caused by what broke it).
 */
export async function readAnswerBody(
  answer: OpenAnswer,
  method: string,
  deadline: number,
  maxBytes: number,
): Promise<ReadBody> {
  const raw = answer.body;
  try {
    const decoders = contentDecoders(method, answer.status, headerValue(answer.headers, 'content-encoding') ?? '');
    const decoded = decodedBody(raw, decoders);
    const stop = () => {
      discard(decoded);
      discard(raw);
    };
    return await readBody(decoded, stop, deadline, maxBytes);
  } catch (error) {
    discard(raw);
    throw asFetchError(error, 'terminated');
  }
}

export async function sendRequest(request: ReplayRequest, options: SendOptions = {}): Promise<ReplayResponse> {
  const url = checkedUrl(request.url);
  const method = request.method.trim().toUpperCase();
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Z]+$/.test(method))
    throw new ReplayError(`"${request.method}" is not an HTTP method. Use GET, POST, PUT, PATCH, DELETE…`);
  // Before the headers are built: a mask is not a ByteString, and "not valid HTTP" would not say why.
  refuseMaskedValues(request);
  // Headers checks each as fetch did (a ByteString, a token name); the list keeps fetch's order and joins.
  const checker = new Headers();
  const headers = new RequestHeaderList();
  for (const h of request.headers) {
    if (!h.name.trim()) continue;
    try {
      checker.append(h.name.trim(), h.value);
      headers.append(h.name.trim(), h.value);
    } catch {
      throw new ReplayError(
        `The header "${h.name}" is not valid HTTP (RFC 9110 §5.1: a token, then a value without line breaks). Fix or remove it.`,
      );
    }
  }
  const dpop = options.token ? options.dpop : undefined;
  if (options.token) headers.set('authorization', `${dpop ? 'DPoP' : 'Bearer'} ${options.token}`);
  const sendsBody = request.body !== undefined && request.body !== '' && method !== 'GET' && method !== 'HEAD';
  const maxTimeSeconds = request.maxTimeSeconds ?? MAX_TIME_LIMITS.defaultSeconds;
  const maxTimeMs = maxTimeSeconds * 1000;
  const silenceMs = Math.min(options.timeoutMs ?? REQUEST_TIMEOUT_MS, maxTimeMs);
  const started = performance.now();
  const send = async (nonce: string | undefined): Promise<OpenAnswer> => {
    // A proof is single-use (RFC 9449 §11.1): a new one for each try.
    if (dpop) headers.set('dpop', await dpop.prover.proof(method, url.href, options.token!, nonce));
    // Until the answer starts, the pool's own timeouts bound the wait, at most the call's limit.
    const result = await openAnswer(url, method, headers, sendsBody ? request.body : undefined, silenceMs);
    dpop?.nonces.remember(url.href, headerValue(result.headers, 'dpop-nonce'));
    return result;
  };
  let response: OpenAnswer;
  let body: ReadBody;
  let retriedWithNonce = false;
  try {
    response = await send(dpop?.nonces.get(url.href));
    // RFC 9449 §9: an API that wants its own nonce answers use_dpop_nonce with one; the proof is made again with it,
    // once (a second refusal is shown as it came).
    if (dpop && response.status === 401 && asksForDpopNonce(headerValue(response.headers, 'www-authenticate'))) {
      const nonce = headerValue(response.headers, 'dpop-nonce');
      if (nonce) {
        discard(response.body);
        retriedWithNonce = true;
        response = await send(nonce);
      }
    }
  } catch (error) {
    if (silenceMs === maxTimeMs && isTimeout(error)) {
      const cutOff = timeCutOff(maxTimeSeconds, request.maxTimeSeconds !== undefined, undefined);
      throw new ReplayError(cutOff.explanation, cutOff);
    }
    throw new ReplayError(explainNetworkError(error, url));
  }
  try {
    body = await readAnswerBody(response, method, started + maxTimeMs, options.maxResponseBytes ?? MAX_RESPONSE_BYTES);
  } catch (error) {
    throw new ReplayError(explainNetworkError(error, url));
  }
  const cutOff =
    body.cutOff === 'max-time'
      ? timeCutOff(maxTimeSeconds, request.maxTimeSeconds !== undefined, body.size)
      : body.cutOff === 'max-size'
        ? sizeCutOff(options.maxResponseBytes ?? MAX_RESPONSE_BYTES)
        : undefined;
  const durationMs = performance.now() - started;
  const responseHeaders = response.headers;
  const context: ExplainContext = {
    status: response.status,
    sentToken: headers.has('authorization'),
    ...(options.token ? { sentScheme: dpop ? ('DPoP' as const) : ('Bearer' as const) } : {}),
    ...(options.tokenBound !== undefined ? { tokenBound: options.tokenBound } : {}),
    ...(retriedWithNonce ? { retriedWithNonce } : {}),
    ...(options.tokenScopes ? { tokenScopes: options.tokenScopes } : {}),
  };
  return {
    status: response.status,
    statusText: response.statusText,
    headers: responseHeaders,
    body: body.text,
    bodyTruncated: body.truncated,
    durationMs,
    sizeBytes: body.size,
    ...(cutOff ? { cutOff } : {}),
    ...(options.token ? { sentAs: dpop ? ('DPoP' as const) : ('Bearer' as const) } : {}),
    ...(dpop ? { dpop: { jkt: dpop.prover.jkt, retriedWithNonce } } : {}),
    ...explainResponse(responseHeaders, body.text, { ...context, status: response.status }),
  };
}
