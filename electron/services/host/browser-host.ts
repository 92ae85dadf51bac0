import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { isApiMethod, type TokenscopeApi } from '../../../shared/contract/api.js';
import { bodyByteLimit, tooLargeMessage } from '../../../shared/contract/call-limits.js';
import { HTTP_CALL_PATH } from '../../../shared/contract/transport.js';
import { HTTP_EVENTS_PATH } from '../../../shared/contract/events.js';
import { LAUNCH_SECRET_PARAMETER } from '../../../shared/contract/launch-page.js';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy.js';
import { dispatch } from '../api/dispatch.js';
import { refuse, send, sendEnvelope, sendText } from './answer.js';
import { drainRefusedBody, readBody } from './read-call-body.js';
import { hostAllowed, originAllowed, sameSecret, secretMatches } from './request-guard.js';
import { readStaticFile, type StaticFile } from './static-files.js';
import { hasFirstScreenBlock, launchSecretInQuery, withFirstScreen } from './first-screen-page.js';
import { DEFAULT_WORKSPACE_ID } from '../../../shared/replay/workspace.js';
import { streamEvents, type EventFeed } from './event-stream.js';

export interface BrowserHostOptions {
  api: TokenscopeApi;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  /** Per-launch secret; generated when absent. */
  secret?: string;
  /** What the services tell the renderer unasked, streamed at GET /api/events; the stream is refused when absent. */
  events?: EventFeed;
}

export interface BrowserHost {
  /** The address without the secret, for messages. */
  url: string;
  /**
   * The address to open: carries the secret in its query, so the host can send the first screen inside the page. The
   * page takes it out of the address bar; every answer says `Referrer-Policy: no-referrer`, so no request sends it on.
   */
  launchUrl: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

/** How long a refused CONNECT or upgrade may linger, for its client to read the answer. */
const TUNNEL_LINGER_MS = 2_000;

const NO_SECRET =
  'This call lacks the per-launch secret. ' +
  'Open Tokenscope from the address printed at start (it carries the secret), or restart it.';

/** The method named in a call's path; undefined when it is not valid percent-encoding. */
function methodOf(path: string): string | undefined {
  try {
    return decodeURIComponent(path.slice(HTTP_CALL_PATH.length).split('?')[0] ?? '');
  } catch {
    return undefined;
  }
}

interface CallContext {
  api: TokenscopeApi;
  port: number;
  secret: string;
}

async function answerCall(request: IncomingMessage, response: ServerResponse, { api, port, secret }: CallContext) {
  if (request.method !== 'POST') return refuse(response, 'forbidden', 'Calls are POST requests.', 405);
  if (!originAllowed(request, port) || !secretMatches(request, secret)) return refuse(response, 'forbidden', NO_SECRET);
  const method = methodOf(request.url ?? '');
  if (method === undefined) {
    return refuse(response, 'unknown_method', "The call's name in the path is not valid percent-encoding.", 400);
  }
  // Known before the body is read, so is the body's limit.
  if (!isApiMethod(method)) return sendEnvelope(response, await dispatch(api, method, null));
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return refuse(response, 'bad_argument', 'Send the argument as application/json.', 415);
  }
  const body = await readBody(request, bodyByteLimit(method));
  if (body.kind === 'aborted') return response.destroy();
  if (body.kind === 'too_large') return refuse(response, 'too_large', tooLargeMessage(method));
  let argument: unknown;
  try {
    argument = body.text ? JSON.parse(body.text) : null;
  } catch (error) {
    return refuse(response, 'bad_argument', `The body is not valid JSON: ${(error as Error).message}.`);
  }
  return sendEnvelope(response, await dispatch(api, method, argument, body.bytes));
}

/** The event stream needs the same secret as a call: in its header, never in the URL (fetch streaming can send it). */
function answerEvents(request: IncomingMessage, response: ServerResponse, context: CallContext, events?: EventFeed) {
  if (request.method !== 'GET') return refuse(response, 'forbidden', 'The event stream is a GET request.', 405);
  if (!originAllowed(request, context.port) || !secretMatches(request, context.secret)) {
    return refuse(response, 'forbidden', NO_SECRET);
  }
  if (!events) return refuse(response, 'unknown_method', 'This host has no event stream.', 404);
  streamEvents(request, response, events);
}

/**
 * The launch page (the address with the secret in its query) comes with the first screen's answer inside, so it
 * renders without a call first. It holds the user's data, so it is never stored (`no-store`); without the secret the
 * page is the plain file, and its calls are refused as any call without the secret is.
 */
async function launchPage(url: string, file: StaticFile, context: CallContext): Promise<string | undefined> {
  const given = launchSecretInQuery(url);
  if (given === undefined || !file.contentType.startsWith('text/html') || !sameSecret(given, context.secret)) return;
  const html = file.body.toString('utf8');
  if (!hasFirstScreenBlock(html)) return;
  return withFirstScreen(html, await dispatch(context.api, 'getFirstScreen', { workspaceId: DEFAULT_WORKSPACE_ID }));
}

async function answerFile(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string,
  context: CallContext,
) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
  const url = request.url ?? '/';
  const file = await readStaticFile(rendererDir, url);
  if (!file) return sendText(response, 404, 'Not found');
  const page = request.method === 'GET' ? await launchPage(url, file, context) : undefined;
  return send(response, 200, page ?? file.body, {
    'content-type': file.contentType,
    'cache-control': page ? 'no-store' : file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
}

/**
 * CONNECT and protocol upgrades (WebSocket) reach their own events, where Node closes the socket without a word
 * when nobody listens. The host has neither, and says so. Node hands the socket over paused and no longer tracks
 * it: read what still comes (else the client's close is never seen), and close it within a bound.
 */
function refuseTunnel(status: '400 Bad Request' | '405 Method Not Allowed', handedOver: Set<Duplex>) {
  return (_request: IncomingMessage, socket: Duplex) => {
    handedOver.add(socket);
    socket.on('close', () => handedOver.delete(socket));
    socket.on('error', () => undefined);
    socket.on('end', () => socket.destroy());
    const text = 'Tokenscope answers plain HTTP requests only.\n';
    const head = `content-type: text/plain\r\ncontent-length: ${text.length}\r\nconnection: close`;
    socket.end(`HTTP/1.1 ${status}\r\n${head}\r\n\r\n${text}`);
    socket.resume();
    setTimeout(() => socket.destroy(), TUNNEL_LINGER_MS).unref();
  };
}

/** Our own bug: a 500 if nothing was sent yet, else the connection closes; the host goes on serving either way. */
function answerBug(response: ServerResponse, error: unknown) {
  if (response.headersSent) return response.destroy();
  const reason = (error as Error)?.message ?? 'unknown error';
  refuse(response, 'internal', `Tokenscope failed to answer: ${reason}. Reload the page.`, 500);
}

/**
 * Serves the built renderer and the contract over HTTP on loopback, for the browser and the end-to-end tests.
 * The renderer cannot tell it from the Electron preload bridge: both end in `dispatch`.
 * No request ends the process: bad input gets a 4xx, a bug of ours a 500, a client gone mid-request nothing.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  // The port is known once listening; requests arrive only after.
  const context: CallContext = { api: options.api, port: 0, secret };
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    if (!hostAllowed(request, context.port)) {
      return sendText(response, 421, 'Tokenscope answers only to 127.0.0.1 and localhost.');
    }
    if ((request.url ?? '').startsWith(HTTP_CALL_PATH)) return answerCall(request, response, context);
    if ((request.url ?? '').split('?')[0] === HTTP_EVENTS_PATH) {
      return answerEvents(request, response, context, options.events);
    }
    return answerFile(request, response, options.rendererDir, context);
  };

  const server = createServer((request, response) => {
    // A socket reset mid-request: the request and response end there, with nothing to tell anyone.
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    answer(request, response)
      .catch((error: unknown) => answerBug(response, error))
      .then(() => drainRefusedBody(request))
      // Even the answer to a bug failed: the connection is all there is left to end.
      .catch(() => request.socket?.destroy());
  });

  const handedOver = new Set<Duplex>();
  server.on('connect', refuseTunnel('405 Method Not Allowed', handedOver));
  server.on('upgrade', refuseTunnel('400 Bad Request', handedOver));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the host can act for the user.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  // From now on an error of the listening socket (EMFILE on accept) costs that one connection, not the process.
  server.removeAllListeners('error');
  server.on('error', () => undefined);
  const port = (server.address() as AddressInfo).port;
  context.port = port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?${LAUNCH_SECRET_PARAMETER}=${secret}`,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        for (const socket of handedOver) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
