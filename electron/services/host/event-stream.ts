import type { IncomingMessage, ServerResponse } from 'node:http';
import { eventFrame, type SubscribeToEvents, type TokenscopeEvent } from '../../../shared/contract/events.js';

/** What a stream carries: every event from now on, after those a page that reconnects may have missed. */
export interface EventFeed {
  subscribe: SubscribeToEvents;
  /** Sent first on each stream; the renderer ignores ends of flows it does not wait on. */
  recentEnds?(): TokenscopeEvent[];
}

/** A comment line now and then, so a proxy or the browser does not take a quiet stream for a dead one. */
const KEEP_ALIVE_MS = 25_000;

/**
 * The push half of the contract over HTTP: Server-Sent Events (WHATWG HTML §9.2) on one long GET. The caller has
 * checked Host, Origin and the per-launch secret already: events say what the user's runs did.
 */
export function streamEvents(request: IncomingMessage, response: ServerResponse, source: EventFeed): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
  });
  // Sent at once, so the page knows the stream is open (fetch resolves on the headers and this first chunk).
  response.write(': open\n\n');
  for (const event of source.recentEnds?.() ?? []) response.write(eventFrame(event));
  const unsubscribe = source.subscribe((event) => response.write(eventFrame(event)));
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  request.on('close', stop);
  response.on('close', stop);
}
