/**
 * Web permissions the app's page may have. Copy buttons need the clipboard; nothing needs the camera,
 * geolocation, notifications or the rest, so everything else is refused.
 */
const ALLOWED = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(permission: string): boolean {
  return ALLOWED.has(permission);
}
