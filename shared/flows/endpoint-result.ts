import type { FlowError } from '../contract/flow.js';
import type { TimelineEntry } from './timeline.js';

/** Calls made with a token rather than for one: userinfo (OIDC Core §5.3), introspection (RFC 7662), revocation (RFC 7009). */
export type TokenOperation = 'userinfo' | 'introspect' | 'revoke';

export type EndpointResult =
  | { ok: true; operation: TokenOperation; issuer: string; durationMs: number; timeline: TimelineEntry[]; body: Record<string, unknown> }
  | { ok: false; operation: TokenOperation; issuer: string; durationMs: number; timeline: TimelineEntry[]; error: FlowError };
