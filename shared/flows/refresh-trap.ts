/**
 * The refresh trap: oidc-provider (under Logto and the sandbox) rotates the refresh token *before* it checks a
 * `resource` on a refresh (RFC 8707 §2.2), so where it rotates, asking for one not granted at sign-in fails with
 * invalid_target and leaves the refresh token already spent; the next try gets invalid_grant. Servers that do not
 * rotate (Logto for confidential clients, early in the token's life) keep it. Pure, so the UI can warn before sending.
 */
export interface RefreshTrap {
  /** Resources the refresh asks for that were not granted at sign-in (empty when unknown). */
  notGranted: string[];
  /** True when we know the refresh token would be lost; false when we only suspect it. */
  certain: boolean;
  message: string;
}

export function refreshTrap(requested: readonly string[], granted?: readonly string[]): RefreshTrap | undefined {
  if (requested.length === 0) return undefined;
  if (!granted) {
    return {
      notGranted: [],
      certain: false,
      message: `Refreshing with resource ${requested.join(', ')}: if it was not granted at sign-in, the server answers invalid_target, and a server that rotates refresh tokens before checking the resource (oidc-provider, Logto for public clients) has then used this one up. Refresh without a resource first, or with one granted at sign-in.`,
    };
  }
  const notGranted = requested.filter((r) => !granted.includes(r));
  if (notGranted.length === 0) return undefined;
  return {
    notGranted,
    certain: true,
    message: `${notGranted.join(', ')} was not granted at sign-in (the sign-in asked for ${granted.length ? granted.join(', ') : 'no resource'}). The server will answer invalid_target, and if it rotates refresh tokens (oidc-provider and Logto public clients do, before checking the resource) your refresh token will be spent. Sign in again with this resource, or remove it from the refresh.`,
  };
}
