/**
 * The refresh trap: oidc-provider (under Logto Cloud and the sandbox) rotates the refresh token *before* it checks
 * a `resource` on a refresh (RFC 8707 §2.2), so asking for one not granted at sign-in fails with invalid_target and
 * leaves the refresh token already spent; the next try gets invalid_grant. Pure, so the UI can warn before sending.
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
      message: `Refreshing with resource ${requested.join(', ')}: if it was not granted at sign-in, Logto and other oidc-provider servers answer invalid_target and the refresh token is already used up. Keep a copy of it, or refresh without a resource first.`,
    };
  }
  const notGranted = requested.filter((r) => !granted.includes(r));
  if (notGranted.length === 0) return undefined;
  return {
    notGranted,
    certain: true,
    message: `${notGranted.join(', ')} was not granted at sign-in (the sign-in asked for ${granted.length ? granted.join(', ') : 'no resource'}). The server will answer invalid_target and your refresh token will be spent: oidc-provider rotates it before checking the resource. Sign in again with this resource, or remove it from the refresh.`,
  };
}
