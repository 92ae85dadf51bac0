import type { FlowError } from '../contract/flow.js';
import type { TimelineEntry } from './timeline.js';

/** Calls made with a token rather than for one: userinfo (OIDC Core §5.3), introspection (RFC 7662), revocation (RFC 7009). */
export const TOKEN_OPERATIONS = ['userinfo', 'introspect', 'revoke'] as const;
export type TokenOperation = (typeof TOKEN_OPERATIONS)[number];

export type EndpointResult =
  | {
      ok: true;
      operation: TokenOperation;
      issuer: string;
      durationMs: number;
      timeline: TimelineEntry[];
      body: Record<string, unknown>;
    }
  | {
      ok: false;
      operation: TokenOperation;
      issuer: string;
      durationMs: number;
      timeline: TimelineEntry[];
      error: FlowError;
    };
