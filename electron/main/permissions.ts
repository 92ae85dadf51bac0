/**
 * Web permissions a page may have. Copy buttons need the clipboard; nothing needs the camera, geolocation,
 * notifications or the rest, so everything else is refused. Electron grants every request unless told otherwise.
 */
const ALLOWED = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(permission: string): boolean {
  return ALLOWED.has(permission);
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/** Applies the policy to a session: the app's own, and the sign-in window's, which shows third-party pages. */
export function restrictPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
}
