import { randomBytes } from 'node:crypto';
import type { World, WorldApplication, WorldApplicationType } from '../../../../shared/sandbox/world.js';
import { notM2m } from './applications-routes.js';
import { NAMED_EXPIRING_CREDENTIAL } from './body-guard.js';
import { entityNotFound, logtoError } from './logto-errors.js';
import { SANDBOX_STARTED_AT, TENANT_ID } from './logto-ids.js';
import { applicationRow, LOGTO_APPLICATION_TYPES } from './logto-shapes.js';
import { rolesRefusal } from './roles-writes.js';
import { route, type Route, type RouteAnswer } from './route-table.js';
import { writeRow, writeRowWithBody, writeWithBody } from './row-writes.js';
import { APPLICATIONS } from './world-tables.js';
import { created, logtoId, noContent } from './world-write.js';

const WORLD_TYPES: Record<string, WorldApplicationType | undefined> = {
  Native: 'native',
  SPA: 'spa',
  Traditional: 'traditional',
  MachineToMachine: 'm2m',
};

/** A client secret as Logto makes them: 32 letters and digits. */
function newSecret(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from(randomBytes(32), (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * `oidcClientMetadata` and `customClientMetadata` of a Logto body, onto the world's app. Logto merges these JSON
 * columns on PATCH; of `customClientMetadata` the sandbox acts on `allowTokenExchange` and `rotateRefreshToken`
 * (the others, such as token lifetimes, are accepted and not kept).
 */
function withMetadata(app: WorldApplication, body: Record<string, unknown>): WorldApplication {
  const next: WorldApplication = { ...app };
  const oidc = (body.oidcClientMetadata ?? {}) as Record<string, unknown>;
  if (Array.isArray(oidc.redirectUris)) next.redirectUris = oidc.redirectUris as string[];
  if (Array.isArray(oidc.postLogoutRedirectUris)) next.postLogoutRedirectUris = oidc.postLogoutRedirectUris as string[];
  const custom = (body.customClientMetadata ?? {}) as Record<string, unknown>;
  if (typeof custom.allowTokenExchange === 'boolean') next.allowTokenExchange = custom.allowTokenExchange;
  if (typeof custom.rotateRefreshToken === 'boolean') next.rotateRefreshToken = custom.rotateRefreshToken;
  if (typeof body.name === 'string') next.name = body.name;
  return next;
}

const METADATA_RULES = {
  description: { type: 'string', nullable: true },
  oidcClientMetadata: { type: 'object' },
  customClientMetadata: { type: 'object' },
} as const;

function appRolesRefusal(world: World, app: WorldApplication, roleIds: string[]): RouteAnswer | undefined {
  return app.type === 'm2m' ? rolesRefusal(world, roleIds, 'app') : notM2m();
}

const secretRow = (app: WorldApplication, name: string, value: string) => ({
  tenantId: TENANT_ID,
  applicationId: app.id,
  name,
  value,
  createdAt: SANDBOX_STARTED_AT,
  expiresAt: null,
});

/**
 * Logto's application writes (packages/core/src/routes/applications/). Traditional and M2M apps get a secret at
 * creation, read back through `GET /applications/:id/secrets`. The sandbox holds one secret per app (oidc-provider
 * checks one `client_secret`): a new secret replaces it, so the previous one stops working, where Logto keeps both.
 */
export const APPLICATION_WRITE_ROUTES: Route[] = [
  route('POST', '/applications', (context) => {
    const rules = {
      name: { type: 'string', required: true, min: 1 },
      type: { type: 'enum', options: LOGTO_APPLICATION_TYPES, required: true },
      ...METADATA_RULES,
    } as const;
    return writeWithBody(context, rules, (world, body) => {
      const type = WORLD_TYPES[body.type as string];
      if (!type)
        return logtoError(
          422,
          'sandbox.application_type_not_served',
          `The sandbox serves Native, SPA, Traditional and MachineToMachine apps, not ${String(body.type)}.`,
        );
      // Logto's apps made through the API start with customClientMetadata {}: token exchange off until switched on.
      const confidential = type === 'traditional' || type === 'm2m';
      const app = withMetadata(
        { id: logtoId(), name: body.name as string, type, ...(confidential ? { secret: newSecret() } : {}) },
        body,
      );
      const next = { ...world, applications: [...world.applications, app] };
      return { world: next, answer: { status: 200, body: applicationRow(app) } };
    });
  }),
  route('PATCH', '/applications/:id', (context) => {
    const rules = { name: { type: 'string', min: 1 }, ...METADATA_RULES } as const;
    return writeRowWithBody(context, APPLICATIONS, rules, (world, app, body) => {
      const changed = withMetadata(app, body);
      return { world: APPLICATIONS.replace(world, changed), answer: { status: 200, body: applicationRow(changed) } };
    });
  }),
  route('DELETE', '/applications/:id', (context) =>
    writeRow(context, APPLICATIONS, (world, { id }) => {
      return { world: { ...world, applications: world.applications.filter((a) => a.id !== id) }, answer: noContent() };
    }),
  ),
  route('POST', '/applications/:id/secrets', (context) => {
    return writeRowWithBody(context, APPLICATIONS, NAMED_EXPIRING_CREDENTIAL, (world, app, body) => {
      if (app.type !== 'traditional' && app.type !== 'm2m')
        return logtoError(
          422,
          'sandbox.public_client_has_no_secret',
          `${app.name} is a public client (${app.type}): it has no secret.`,
        );
      const changed = { ...app, secret: newSecret() };
      return {
        world: APPLICATIONS.replace(world, changed),
        answer: created(secretRow(changed, body.name as string, changed.secret)),
      };
    });
  }),
  route('DELETE', '/applications/:id/secrets/:name', (context) => {
    const name = context.params[1]!;
    return writeRow(context, APPLICATIONS, (world, app) => {
      if (!app.secret || name !== 'Default secret') return entityNotFound();
      return logtoError(
        422,
        'sandbox.last_secret',
        `${app.name} keeps its one secret in the sandbox; add a new secret to replace it instead.`,
      );
    });
  }),
  route('POST', '/applications/:applicationId/roles', (context) => {
    const rules = { roleIds: { type: 'string[]', required: true, min: 1 } } as const;
    return writeRowWithBody(context, APPLICATIONS, rules, (world, app, body) => {
      const roleIds = body.roleIds as string[];
      const refused = appRolesRefusal(world, app, roleIds);
      if (refused) return refused;
      const held = roleIds.find((r) => app.roles?.includes(r));
      if (held)
        return logtoError(
          422,
          'application.role_exists',
          `The role id ${held} is already been added to this application.`,
        );
      return {
        world: APPLICATIONS.replace(world, { ...app, roles: [...(app.roles ?? []), ...roleIds] }),
        answer: { status: 201 },
      };
    });
  }),
  route('PUT', '/applications/:applicationId/roles', (context) => {
    const rules = { roleIds: { type: 'string[]', required: true } } as const;
    return writeRowWithBody(context, APPLICATIONS, rules, (world, app, body) => {
      const roleIds = [...new Set(body.roleIds as string[])];
      const refused = appRolesRefusal(world, app, roleIds);
      if (refused) return refused;
      return { world: APPLICATIONS.replace(world, { ...app, roles: roleIds }), answer: { status: 200 } };
    });
  }),
  route('DELETE', '/applications/:applicationId/roles/:roleId', (context) => {
    const roleId = context.params[1]!;
    return writeRow(context, APPLICATIONS, (world, app) => {
      if (!app.roles?.includes(roleId)) return entityNotFound();
      return {
        world: APPLICATIONS.replace(world, { ...app, roles: app.roles.filter((r) => r !== roleId) }),
        answer: noContent(),
      };
    });
  }),
];
