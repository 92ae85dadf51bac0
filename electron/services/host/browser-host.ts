import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TokenscopeApi } from '../../../shared/contract/api.js';
import { HTTP_CALL_PATH, type ApiEnvelope } from '../../../shared/contract/transport.js';
import { dispatch } from '../api/dispatch.js';
import { hostAllowed, originAllowed, secretMatches } from './request-guard.js';
import { readStaticFile } from './static-files.js';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy.js';

export interface BrowserHostOptions {
  api: TokenscopeApi;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: a random free port. */
  port?: number;
  /** Per-launch secret; generated when absent. */
  secret?: string;
}

export interface BrowserHost {
  /** The address without the secret, for messages. */
  url: string;
  /** The address to open: carries the secret in the fragment, which browsers never send to a server or in Referer. */
  launchUrl: string;
  port: number;
  secret: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;


function send(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}) {
  response.writeHead(status, {
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...headers,
  });
  response.end(body);
}

function sendEnvelope(response: ServerResponse, status: number, envelope: ApiEnvelope) {
  send(response, status, JSON.stringify(envelope), { 'content-type': 'application/json', 'cache-control': 'no-store' });
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body over 1 MB');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}

/**
 * Serves the built renderer and the contract over HTTP on loopback, for the browser and the end-to-end tests.
 * The renderer cannot tell it from the Electron preload bridge: both end in `dispatch`.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  let port = 0;

  const server = createServer(async (request, response) => {
    if (!hostAllowed(request, port)) {
      return send(response, 421, 'Tokenscope answers only to 127.0.0.1 and localhost.\n', { 'content-type': 'text/plain' });
    }
    const path = request.url ?? '/';
    if (path.startsWith(HTTP_CALL_PATH)) {
      if (request.method !== 'POST') return sendEnvelope(response, 405, { ok: false, error: { code: 'forbidden', message: 'Calls are POST requests.' } });
      if (!originAllowed(request, port) || !secretMatches(request, secret)) {
        return sendEnvelope(response, 403, {
          ok: false,
          error: { code: 'forbidden', message: 'This call lacks the per-launch secret. Open Tokenscope from the address printed at start (it carries the secret), or restart it.' },
        });
      }
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendEnvelope(response, 415, { ok: false, error: { code: 'bad_argument', message: 'Send the argument as application/json.' } });
      }
      let argument: unknown;
      try {
        argument = await readJsonBody(request);
      } catch (error) {
        return sendEnvelope(response, 400, { ok: false, error: { code: 'bad_argument', message: `The body is not valid JSON: ${(error as Error).message}.` } });
      }
      const method = decodeURIComponent(path.slice(HTTP_CALL_PATH.length));
      const envelope = await dispatch(options.api, method, argument);
      return sendEnvelope(response, 200, envelope);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed\n');
    const file = await readStaticFile(options.rendererDir, path);
    if (!file) return send(response, 404, 'Not found\n', { 'content-type': 'text/plain' });
    return send(response, 200, file.body, {
      'content-type': file.contentType,
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the host can act for the user.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}#launch=${secret}`,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
