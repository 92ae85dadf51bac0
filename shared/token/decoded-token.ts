/** A token as the inspector sees it before any check: what it is and what it says. */
export type DecodedToken =
  | { kind: 'jwt'; header: Record<string, unknown>; payload: Record<string, unknown>; raw: string }
  | { kind: 'opaque'; raw: string; reason: string }
  | { kind: 'malformed'; raw: string; reason: string };
