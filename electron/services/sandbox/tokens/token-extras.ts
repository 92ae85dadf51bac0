/**
 * Claims a grant handler wants in the access token it is about to save. oidc-provider rebuilds `extra` from
 * extraTokenClaims(ctx, token) at save time, so handlers leave them here, keyed by the request, for that hook.
 */
const extras = new WeakMap<object, Record<string, unknown>>();

export function addTokenExtras(ctx: object, claims: Record<string, unknown>): void {
  extras.set(ctx, { ...extras.get(ctx), ...claims });
}

export function tokenExtras(ctx: object | undefined): Record<string, unknown> | undefined {
  return ctx ? extras.get(ctx) : undefined;
}
