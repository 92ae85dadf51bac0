import type { Tenant, TenantOrganizationRole, TenantRole, TenantScope } from '../tenant/tenant.js';
import { organizationAudience } from '../oauth/reserved-resources.js';
import type { TokenSubject } from './token-subject.js';
import type { RoleGrant, ScopeRoles, ScopeSubject } from './scope-roles.js';

function byResource(scopes: readonly TenantScope[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const scope of scopes) (grouped[scope.resource] ??= []).push(scope.name);
  return grouped;
}

const globalGrant = (role: TenantRole): RoleGrant => ({
  id: role.id,
  name: role.name,
  scopes: byResource(role.scopes),
});

/** An organization role reaches an organization token's audience with its organization permissions (Logto). */
function organizationGrant(role: TenantOrganizationRole, organizationId: string): RoleGrant {
  return {
    id: role.id,
    name: role.name,
    scopes: { ...byResource(role.resourceScopes), [organizationAudience(organizationId)]: [...role.permissions] },
  };
}

/** Where the roles were read, as the reasons name it. */
export function tenantSourceName(tenant: Pick<Tenant, 'source' | 'readAt'>): string {
  return tenant.source.kind === 'sandbox-world'
    ? 'the sandbox world'
    : `the tenant ${tenant.source.endpoint} (read at ${tenant.readAt})`;
}

function subjectOf(tenant: Tenant, subject: TokenSubject): ScopeSubject {
  if (subject.kind === 'app') {
    const app = tenant.applications.find((a) => a.id === subject.id);
    return { kind: 'app', id: subject.id, name: app?.name ?? subject.id, known: Boolean(app) };
  }
  const user = tenant.users.find((u) => u.id === subject.id);
  return { kind: 'user', id: subject.id, name: user?.username ?? user?.name ?? subject.id, known: Boolean(user) };
}

/**
 * The roles behind one token's scopes, read from the tenant as Logto applies them: a user's `User` roles
 * (sign-in, refresh, PAT exchange), an app's `MachineToMachine` roles (client credentials), and for an
 * organization token the subject's organization roles in that organization only, never its global roles.
 */
export function scopeRolesFromTenant(tenant: Tenant, subject: TokenSubject): ScopeRoles {
  const who = subjectOf(tenant, subject);
  // A partial read is said wherever its roles are named: "no role in … grants it" may then be wrong.
  const source = tenant.completeness.complete ? tenantSourceName(tenant) : `${tenantSourceName(tenant)} (partly read)`;
  const exact = who.known && tenant.completeness.complete;
  const holder =
    subject.kind === 'app'
      ? tenant.applications.find((a) => a.id === subject.id)
      : tenant.users.find((u) => u.id === subject.id);
  const roleType = subject.kind === 'app' ? 'MachineToMachine' : 'User';
  const global = tenant.roles.filter((role) => role.type === roleType);
  const heldGlobal = global.filter((role) => holder?.roleIds.includes(role.id));
  if (subject.organizationId === undefined) {
    return {
      subject: who,
      kind: subject.kind === 'app' ? 'm2m' : 'user',
      held: heldGlobal.map(globalGrant),
      others: global.filter((role) => !heldGlobal.includes(role)).map(globalGrant),
      source,
      exact,
    };
  }
  const organizationId = subject.organizationId;
  const organization = tenant.organizations.find((o) => o.id === organizationId);
  const membership = holder?.organizations.find((m) => m.organizationId === organizationId);
  // What the subject holds is read from its membership, whatever the roles' types say.
  const held = tenant.organizationRoles.filter((role) => membership?.roleIds.includes(role.id));
  // Logto 1.x types organization roles and assigns an app only MachineToMachine ones, so a role of the other type
  // could never be given to this subject. A source whose subject holds a role of the other type (a sandbox world,
  // where organization roles are untyped) does not type them Logto's way: then every role counts.
  const typed = held.every((role) => !role.type || role.type === roleType);
  const template = tenant.organizationRoles.filter((role) => !typed || !role.type || role.type === roleType);
  return {
    subject: who,
    kind: 'organization',
    organization: { id: organizationId, name: organization?.name ?? organizationId, member: Boolean(membership) },
    held: held.map((role) => organizationGrant(role, organizationId)),
    others: template.filter((role) => !held.includes(role)).map((role) => organizationGrant(role, organizationId)),
    globalHeld: heldGlobal.map(globalGrant),
    source,
    exact: exact && Boolean(organization),
  };
}
