import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenscopeApi } from '../../shared/contract/api.js';
import { HTTP_EVENTS_PATH, type TokenscopeEvent } from '../../shared/contract/events.js';
import { HTTP_SECRET_HEADER } from '../../shared/contract/transport.js';
import { createEventHub } from '../../electron/services/events/event-hub.js';
import { startBrowserHost, type BrowserHost } from '../../electron/services/host/browser-host.js';
import { createHttpEvents } from '../../renderer/src/api/http-events.js';

/** node:http, to forge Host and Origin as another page or a rebound DNS name would. */
function status(port: number, method: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: HTTP_EVENTS_PATH, method, headers }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end();
  });
}

describe("the browser host's event stream", () => {
  const hub = createEventHub();
  let host: BrowserHost;
  let ours: Record<string, string>;

  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'tokenscope-events-'));
    host = await startBrowserHost({ api: {} as TokenscopeApi, rendererDir, events: hub });
    ours = { host: `127.0.0.1:${host.port}`, [HTTP_SECRET_HEADER]: host.secret };
  });

  afterAll(() => host.close());

  it.each([
    ['no secret', 'GET', { [HTTP_SECRET_HEADER]: '' }, 403],
    ['a wrong secret', 'GET', { [HTTP_SECRET_HEADER]: 'x'.repeat(43) }, 403],
    ["another site's page", 'GET', { origin: 'http://evil.example' }, 403],
    ['a rebound DNS name', 'GET', { host: 'evil.example' }, 421],
    ['a POST', 'POST', {}, 405],
  ])('refuses %s', async (_name, method, change, expected) => {
    const headers = Object.fromEntries(Object.entries({ ...ours, ...change }).filter(([, v]) => v !== ''));
    expect(await status(host.port, method, headers)).toBe(expected);
  });

  it('streams every event published to the page that holds the secret, read as the renderer reads it', async () => {
    const heard: TokenscopeEvent[] = [];
    const stop = createHttpEvents(host.secret, host.url)((event) => heard.push(event));
    const sent: TokenscopeEvent[] = [
      { type: 'authorization-ended', state: 's1', end: { status: 'done', runId: 'r1' } },
      { type: 'notices-changed' },
    ];
    // Published until the stream is open, then the two that matter.
    await expect
      .poll(() => {
        hub.publish({ type: 'world-applied' });
        return heard.length;
      })
      .toBeGreaterThan(0);
    sent.forEach((event) => hub.publish(event));
    await expect.poll(() => heard.slice(-2)).toEqual(sent);
    stop();
  });

  it('a page that (re)opens the stream first hears the flows that ended meanwhile', async () => {
    const missed: TokenscopeEvent = {
      type: 'authorization-ended',
      state: 's9',
      end: { status: 'gone', message: 'Expired.' },
    };
    hub.publish(missed);
    const heard: TokenscopeEvent[] = [];
    const stop = createHttpEvents(host.secret, host.url)((event) => heard.push(event));
    await expect.poll(() => heard).toContainEqual(missed);
    expect(heard.some((event) => event.type === 'world-applied')).toBe(false);
    stop();
  });
});
