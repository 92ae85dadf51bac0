import type { WorldResource } from './world.js';

/**
 * The Logto Management API as a self-hosted Logto names it (`https://default.logto.app/api`, one scope `all`).
 * Built into every sandbox world, so roles can grant it without declaring it; the sandbox serves a read-only subset.
 */
export const MANAGEMENT_API: WorldResource = {
  indicator: 'https://default.logto.app/api',
  name: 'Logto Management API',
  accessTokenTtl: 3600,
  permissions: [{ name: 'all', description: 'Default scope for Management API, allows all permissions.' }],
};
