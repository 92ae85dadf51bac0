import type { IncomingMessage } from 'node:http';
import type { SandboxState } from '../sandbox-routes.js';

/** What one Management API route answers: Logto's status, JSON body and headers (pagination's, for lists). */
export interface RouteAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string | string[]>;
}

export interface RouteContext {
  state: SandboxState;
  /** The path's parameters, decoded, in the order of the pattern's groups. */
  params: string[];
  /** The request URL (origin, path under /api, query). */
  url: URL;
  req: IncomingMessage;
}

export type RouteHandler = (context: RouteContext) => Promise<RouteAnswer> | RouteAnswer;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Matched against the path after /api, e.g. /users/abc/roles. */
  pattern: RegExp;
  handler: RouteHandler;
}

/** A route for `template` (Logto's, e.g. `/users/:userId/roles`); each `:name` matches one path segment. */
export function route(method: Route['method'], template: string, handler: RouteHandler): Route {
  const source = template.replace(/\//g, '\\/').replace(/:[A-Za-z]+/g, '([^/]+)');
  return { method, pattern: new RegExp(`^${source}$`), handler };
}

export function findRoute(
  routes: Route[],
  method: string,
  path: string,
): { route: Route; params: string[] } | undefined {
  for (const candidate of routes) {
    if (candidate.method !== method) continue;
    const match = candidate.pattern.exec(path);
    if (match) return { route: candidate, params: match.slice(1).map(decodeURIComponent) };
  }
  return undefined;
}

export const ok = (body: unknown, headers?: RouteAnswer['headers']): RouteAnswer => ({ status: 200, body, headers });
