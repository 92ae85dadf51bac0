import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import { HTTP_SECRET_HEADER } from '../../../shared/contract/transport.js';

/**
 * Who may talk to the browser host. It can act for the user (run flows with stored secrets), so:
 * - the Host header must name the loopback address we bound, which defeats DNS rebinding (a page at
 *   evil.example whose name now resolves to 127.0.0.1 still sends Host: evil.example);
 * - a browser-sent Origin must be our own, so another site's page cannot post to us;
 * - API calls must carry the per-launch secret in a custom header, which no cross-site page can set
 *   without a CORS preflight that we never answer.
 */
export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function secretMatches(request: IncomingMessage, secret: string): boolean {
  const given = request.headers[HTTP_SECRET_HEADER];
  return typeof given === 'string' && sameSecret(given, secret);
}

/** Compared in constant time, so the time an answer takes tells nothing of how much of a guess was right. */
export function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
