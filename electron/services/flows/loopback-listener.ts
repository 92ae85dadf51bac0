import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const LOOPBACK_CALLBACK_PATH = '/callback';
/** OpenID Connect RP-Initiated Logout 1.0 §3: where the server sends the browser after signing out. */
export const LOOPBACK_SIGNED_OUT_PATH = '/signed-out';

export interface LoopbackListener {
  port: number;
  /** http://127.0.0.1:<port>/callback: register http://127.0.0.1/callback, the port may vary (RFC 8252 §7.3). */
  redirectUri: string;
  close(): Promise<void>;
}

export type CallbackHandler = (url: string) => Promise<{ accepted: boolean; message: string }>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, message: string): string {
  return (
    `<!doctype html><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<body style="font:16px system-ui;margin:3em"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`
  );
}

/**
 * RFC 8252 §7.3 loopback redirect for the browser host and the command line. Bound to 127.0.0.1 only (§8.3: not
 * "localhost", which may resolve elsewhere); answers GET /callback and nothing else.
 */
export async function startLoopbackListener(onCallback: CallbackHandler, port = 0): Promise<LoopbackListener> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      // The code in the URL must not leak to another origin through a link on this page.
      'referrer-policy': 'no-referrer',
    };
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not reach the listener (RFC 8252 §8.3).
    if (req.headers.host !== `127.0.0.1:${(server.address() as AddressInfo).port}`) {
      res.writeHead(421, headers).end(page('Wrong address', 'Tokenscope answers redirects on http://127.0.0.1 only.'));
      return;
    }
    if (req.method === 'GET' && url.pathname === LOOPBACK_SIGNED_OUT_PATH) {
      res
        .writeHead(200, headers)
        .end(
          page(
            'Signed out',
            'The authorization server ended the session. You can close this tab and go back to Tokenscope.',
          ),
        );
      return;
    }
    if (req.method !== 'GET' || url.pathname !== LOOPBACK_CALLBACK_PATH) {
      res.writeHead(404, headers).end(page('Not here', 'Tokenscope only listens for sign-in redirects on /callback.'));
      return;
    }
    onCallback(url.href).then(
      ({ accepted, message }) => {
        res
          .writeHead(accepted ? 200 : 400, headers)
          .end(page(accepted ? 'Back to Tokenscope' : 'Redirect refused', message));
      },
      (error: Error) => {
        res.writeHead(500, headers).end(page('Tokenscope failed', error.message));
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A listener nobody closed must not keep the app (or a test run) alive on its own.
  server.unref();
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    redirectUri: `http://127.0.0.1:${actual}${LOOPBACK_CALLBACK_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
