import { audiences, scopes, stringClaim } from '../inspect/claims.js';
import { subjectKind } from '../inspect/checks/subject.js';
import { diffScopes, type MissingReason, type ScopeDiff, type ScopeRequest } from '../inspect/scope-diff.js';
import { scopeWorldFromTenant } from '../explain/scope-world-from-tenant.js';
import { tenantFromWorld } from '../tenant/tenant-from-world.js';
import { organizationOfAudiences } from '../oauth/reserved-resources.js';
import type { Tenant, TenantApplication, TenantScope, TenantUser } from '../tenant/tenant.js';
import type { World } from './world.js';
import {
  appNodeId,
  edgeId,
  organizationNodeId,
  organizationPermissionNodeId,
  organizationRoleNodeId,
  permissionNodeId,
  resourceNodeId,
  roleNodeId,
  userNodeId,
  type WorldGraph,
} from './world-graph.js';

/** A scope that was asked for and is not in the token: drawn as a broken edge from the subject. */
export interface BrokenEdge {
  scope: string;
  resource: string;
  from: string;
  /** The permission's node; absent when no API resource of the world defines the scope. */
  to?: string;
  reason: MissingReason;
}

export interface TokenPath {
  /** The subject's node; absent when the token names no one this world knows (then nothing lights). */
  subject?: string;
  organization?: string;
  nodes: Set<string>;
  edges: Set<string>;
  broken: BrokenEdge[];
  /** One sentence for the reader: whose path it is, or why none lights. */
  summary: string;
}

export interface TokenPathInput {
  /** The decoded payload of the access token (or ID token: then only the subject lights). */
  payload: Record<string, unknown>;
  /** What was asked: the resources and scopes sent. Without it, no scope can be called missing. */
  request?: ScopeRequest;
  /** The token response's `scope`, when known (RFC 6749 §5.1). */
  grantedScope?: string;
  /**
   * The scope table the run already shows (computed on the main side when it was recorded): when given, the broken
   * edges are its rows, word for word, instead of a table computed here from `request`.
   */
  table?: ScopeDiff;
}

interface Subject {
  kind: 'user' | 'app';
  id: string;
  node: string;
  holder: TenantUser | TenantApplication;
}

function subjectOf(tenant: Tenant, payload: Record<string, unknown>): Subject | undefined {
  const kind = subjectKind(payload);
  if (kind === 'app') {
    const id = stringClaim(payload, 'client_id') ?? '';
    const holder = tenant.applications.find((a) => a.id === id);
    return holder ? { kind, id, node: appNodeId(id), holder } : undefined;
  }
  if (kind === 'user') {
    const id = stringClaim(payload, 'sub') ?? '';
    const holder = tenant.users.find((u) => u.id === id);
    return holder ? { kind, id, node: userNodeId(id), holder } : undefined;
  }
  return undefined;
}

const hasScope = (scopes: TenantScope[], resource: string, name: string) =>
  scopes.some((s) => s.resource === resource && s.name === name);

/** Each granting role with the permission nodes it lights: the subject's global roles, or its organization roles. */
function grantingRoles(tenant: Tenant, subject: Subject, organization: string | undefined) {
  if (organization) {
    const ids = subject.holder.organizations.find((m) => m.organizationId === organization)?.roleIds ?? [];
    return tenant.organizationRoles
      .filter((r) => ids.includes(r.id))
      .map((r) => ({
        node: organizationRoleNodeId(r.id),
        grants: (audience: string | undefined, scope: string) =>
          audience === undefined ? r.permissions.includes(scope) : hasScope(r.resourceScopes, audience, scope),
      }));
  }
  // Logto: user roles reach user tokens, machine-to-machine roles client credentials tokens.
  const type = subject.kind === 'user' ? 'User' : 'MachineToMachine';
  return tenant.roles
    .filter((r) => r.type === type && subject.holder.roleIds.includes(r.id))
    .map((r) => ({
      node: roleNodeId(r.id),
      grants: (audience: string | undefined, scope: string) =>
        audience !== undefined && hasScope(r.scopes, audience, scope),
    }));
}

/**
 * The path a sandbox token took through the world: its subject, the roles that granted its scopes (global roles,
 * or organization roles in an organization token: Logto draws those from organization roles only), the
 * permissions and their API. Each requested scope that did not arrive is a broken edge with the scope table's own
 * reason, so the picture and the table cannot disagree. Pure: the token is read, never verified, here.
 */
export function tokenPath(world: World, graph: WorldGraph, input: TokenPathInput): TokenPath {
  // When the world was read does not matter here.
  return tenantTokenPath(tenantFromWorld(world, ''), graph, input);
}

/**
 * A token's path through a tenant's graph (`tenantGraph`): the sandbox's world read as a tenant, or a Logto tenant
 * read through its Management API. The same walk and the same reasons for both.
 */
export function tenantTokenPath(tenant: Tenant, graph: WorldGraph, input: TokenPathInput): TokenPath {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const has = new Set(graph.nodes.map((n) => n.id));
  const subject = subjectOf(tenant, input.payload);
  if (!subject) {
    const who = stringClaim(input.payload, 'sub') ?? 'no one';
    const summary =
      tenant.source.kind === 'sandbox-world'
        ? `This token's subject (${who}) is not in this world: a token of another server or world.`
        : `This token's subject (${who}) is not in this tenant as read: a token of another tenant, or one made after the read (Refresh).`;
    return { nodes, edges, broken: [], summary };
  }
  nodes.add(subject.node);
  const tokenAudiences = audiences(input.payload) ?? [];
  const organizationAudience = organizationOfAudiences(tokenAudiences);
  const organizationId = organizationAudience ?? stringClaim(input.payload, 'organization_id');
  const organization = organizationId ? organizationNodeId(organizationId) : undefined;
  // An organization token's own audience is the organization, and its scopes are organization permissions.
  const api = organizationAudience ? undefined : tokenAudiences.find((a) => has.has(resourceNodeId(a)));
  if (organization && has.has(organization)) {
    nodes.add(organization);
    edges.add(edgeId(subject.node, organization));
  }
  const roles = grantingRoles(tenant, subject, organizationId);
  for (const scope of scopes(input.payload) ?? []) {
    const permission = api ? permissionNodeId(api, scope) : organizationPermissionNodeId(scope);
    if (!has.has(permission)) continue;
    nodes.add(permission);
    if (api) {
      nodes.add(resourceNodeId(api));
      edges.add(edgeId(permission, resourceNodeId(api)));
    }
    for (const role of roles.filter((r) => r.grants(api, scope))) {
      nodes.add(role.node);
      edges.add(edgeId(role.node, permission));
      if (organization) edges.add(edgeId(organization, role.node));
      else edges.add(edgeId(subject.node, role.node));
    }
  }
  const broken = input.table || input.request ? brokenEdges(tenant, graph, input, organization ?? subject.node) : [];
  const whose = graph.nodes.find((n) => n.id === subject.node)?.label ?? subject.id;
  const where = organizationId ? ` in organization ${organizationId}` : '';
  const missing = broken.length ? `; ${broken.length} requested scope(s) did not arrive` : '';
  const of = tenant.source.kind === 'sandbox-world' ? 'the world' : 'the tenant';
  const summary = `${whose}${where}: ${nodes.size - 1} node(s) of ${of} lead to this token${missing}.`;
  return { subject: subject.node, organization, nodes, edges, broken, summary };
}

function brokenEdges(tenant: Tenant, graph: WorldGraph, input: TokenPathInput, from: string): BrokenEdge[] {
  const has = new Set(graph.nodes.map((n) => n.id));
  const diff =
    input.table ??
    diffScopes({
      token: input.payload,
      request: input.request!,
      grantedScope: input.grantedScope,
      // The same reasons as the scope table's.
      world: scopeWorldFromTenant(tenant, input.payload),
    });
  return diff.resources.flatMap((entry) =>
    entry.rows.flatMap((row) => {
      if (!row.requested || row.inToken || !row.reason) return [];
      const candidates = [permissionNodeId(entry.resource, row.scope), organizationPermissionNodeId(row.scope)];
      const to = candidates.find((id) => has.has(id));
      return [{ scope: row.scope, resource: entry.resource, from, ...(to ? { to } : {}), reason: row.reason }];
    }),
  );
}
