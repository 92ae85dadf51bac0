/**
 * The bounds of the contract's fields, in characters (strings) or entries (lists), stated once: the schemas read
 * them, and each call's byte limit is derived from the schemas (`../call-limits.ts`), so the two cannot disagree.
 * Limits with a reason of their own live beside that reason: tokens to inspect in `shared/inspect/limits.ts`, worlds
 * in `shared/sandbox/world-limits.ts`, replayed requests in `shared/replay/replay-limits.ts`.
 */
export const FIELD_LIMITS = {
  /** Workspace, connection, run and history ids: ours, far shorter. */
  id: 200,
  /** Names a user gives (connections, clients, workspaces, saved requests). */
  name: 200,
  /** An issuer, a Logto endpoint or an RFC 8707 resource indicator. */
  url: 2000,
  clientId: 500,
  clientSecret: 4000,
  /** A secret or a private key (JWK or PKCS#8 PEM). */
  privateKey: 20_000,
  organizationId: 500,
  /** A flow's other text fields: scopes, states, run ids, token types. */
  text: 4000,
  prompt: 100,
  loginHint: 500,
  /** A redirect pasted back, with its code and state. */
  callbackUrl: 16_000,
  /** A token handed to a flow or a replayed call (subject, actor, bearer). */
  token: 100_000,
  /** RFC 8707 §2 resources in one request. */
  resources: 20,
  extraParams: 30,
  requiredScopes: 100,
  scopes: 200,
  historyQuery: 1000,
  historyPage: 20_000,
  notices: 1000,
  notice: 10_000,
  /** A workspace export, history included. */
  workspaceExport: 50_000_000,
} as const;
