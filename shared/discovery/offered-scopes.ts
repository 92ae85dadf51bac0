/**
 * The scopes to offer for the sign-in: what the API asked for in its challenge (RFC 6750 §3 `scope`) ticked, then
 * the rest of the resource's `scopes_supported` (RFC 9728 §2). An authorization server's own list is not used:
 * it spans every API it serves.
 */
export function offeredScopes(
  resourceScopes: string[] | undefined,
  challengeScope: string | undefined,
): { scopes: string[]; preselected: string[] } {
  const asked = (challengeScope ?? '').split(' ').filter(Boolean);
  const scopes = [...new Set([...asked, ...(resourceScopes ?? [])])];
  return { scopes, preselected: asked.length ? asked : scopes };
}
