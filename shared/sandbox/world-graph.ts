import { tenantFromWorld } from '../tenant/tenant-from-world.js';
import type { Tenant, TenantApplication, TenantMembership, TenantResource, TenantScope } from '../tenant/tenant.js';
import { MANAGEMENT_API } from './management-api.js';
import type { World } from './world.js';

/**
 * A tenant (the sandbox's world, or a Logto tenant read through its Management API) as a graph: who (users, apps) →
 * roles → permissions → API resources, and who → organizations → organization roles → organization permissions and
 * API permissions. Pure, so the views only lay it out and draw it, and the token path (token-path.ts) walks the same
 * ids.
 */
export type GraphColumn = 'subject' | 'organization' | 'role' | 'permission' | 'resource';

/** Left to right, the order a token's path reads in. */
export const GRAPH_COLUMNS: readonly GraphColumn[] = ['subject', 'organization', 'role', 'permission', 'resource'];

export type GraphNodeKind =
  | 'user'
  | 'app'
  | 'organization'
  | 'role'
  | 'organization-role'
  | 'permission'
  | 'organization-permission'
  | 'resource';

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  column: GraphColumn;
  label: string;
  detail?: string;
}

/**
 * has-role: a user or app holds a global role; member: a user or app is in an organization (label: its roles
 * there); uses: a member of the organization holds that organization role in it; grants: a role grants a
 * permission; belongs-to: a permission is defined by an API resource.
 */
export type GraphEdgeKind = 'has-role' | 'member' | 'uses' | 'grants' | 'belongs-to';

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  kind: GraphEdgeKind;
  label?: string;
  /** member edges: the organization role nodes the member holds in that organization. */
  roles?: string[];
}

export interface WorldGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * The largest graph the Sandbox view lays out: ELK's layered layout grows faster than linearly, and at 1,000 nodes it
 * already takes seconds (`npm run bench world-graph`). A larger world is still served and edited; the view says so.
 */
export const GRAPH_NODE_LIMIT = 3000;

export const userNodeId = (id: string) => `user:${id}`;
export const appNodeId = (id: string) => `app:${id}`;
export const organizationNodeId = (id: string) => `org:${id}`;
export const roleNodeId = (id: string) => `role:${id}`;
export const organizationRoleNodeId = (id: string) => `orgrole:${id}`;
export const permissionNodeId = (indicator: string, permission: string) => `perm:${indicator} ${permission}`;
export const organizationPermissionNodeId = (name: string) => `orgperm:${name}`;
export const resourceNodeId = (indicator: string) => `res:${indicator}`;
export const edgeId = (from: string, to: string) => `${from} -> ${to}`;

/** The tenant's own Management API: Logto lists it in every tenant (sandbox: the self-hosted indicator). */
function managementApiOf(tenant: Tenant): string {
  return tenant.source.kind === 'tenant-url' ? tenant.source.managementApi : MANAGEMENT_API.indicator;
}

/** The API resources drawn: all of the tenant's, but its built-in Management API only when a role grants it. */
function drawnResources(tenant: Tenant): TenantResource[] {
  const managementApi = managementApiOf(tenant);
  const grants = (scopes: TenantScope[]) => scopes.some((s) => s.resource === managementApi);
  const used =
    tenant.roles.some((r) => grants(r.scopes)) || tenant.organizationRoles.some((r) => grants(r.resourceScopes));
  return tenant.resources.filter((r) => r.indicator !== managementApi || used);
}

/** Logto's application types as the world names them ("m2m app"), so both sources read the same. */
const APP_TYPE_WORDS: Record<TenantApplication['type'], string> = {
  Native: 'native',
  SPA: 'spa',
  Traditional: 'traditional',
  MachineToMachine: 'm2m',
  Protected: 'protected',
  SAML: 'SAML',
  Other: 'other',
};

class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  node(node: GraphNode) {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  edge(from: string, to: string, kind: GraphEdgeKind, extra: Pick<GraphEdge, 'label' | 'roles'> = {}) {
    const id = edgeId(from, to);
    if (!this.edges.has(id)) this.edges.set(id, { id, from, to, kind, ...extra });
  }

  grant(from: string, scopes: TenantScope[]) {
    for (const scope of scopes) this.edge(from, permissionNodeId(scope.resource, scope.name), 'grants');
  }

  memberships(from: string, memberships: TenantMembership[]) {
    for (const membership of memberships) {
      const org = organizationNodeId(membership.organizationId);
      const label = membership.roleIds.length ? membership.roleIds.join(', ') : 'no role';
      this.edge(from, org, 'member', { label, roles: membership.roleIds.map(organizationRoleNodeId) });
      for (const role of membership.roleIds) this.edge(org, organizationRoleNodeId(role), 'uses');
    }
  }

  /** A world that validated has no dangling reference; one that did not must still draw, so such edges go. */
  build(): WorldGraph {
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.from) && this.nodes.has(e.to));
    return { nodes: [...this.nodes.values()], edges };
  }
}

/**
 * A tenant's graph, whichever way it was read: the sandbox's world (`worldGraph`) or a Logto tenant read through its
 * Management API, so one picture and one token path serve both. Read-only data: nothing here edits the tenant.
 */
export function tenantGraph(tenant: Tenant): WorldGraph {
  const graph = new GraphBuilder();
  for (const user of tenant.users) {
    const id = userNodeId(user.id);
    const label = user.name || user.username || user.id;
    graph.node({ id, kind: 'user', column: 'subject', label, detail: `user ${user.username ?? user.id}` });
    for (const role of user.roleIds) graph.edge(id, roleNodeId(role), 'has-role');
    graph.memberships(id, user.organizations);
  }
  for (const app of tenant.applications) {
    const id = appNodeId(app.id);
    const type = app.type === 'Other' ? (app.typeName ?? 'other') : APP_TYPE_WORDS[app.type];
    graph.node({ id, kind: 'app', column: 'subject', label: app.name, detail: `${type} app` });
    for (const role of app.roleIds) graph.edge(id, roleNodeId(role), 'has-role');
    graph.memberships(id, app.organizations);
  }
  for (const org of tenant.organizations) {
    const node = { id: organizationNodeId(org.id), label: org.name, detail: `organization ${org.id}` };
    graph.node({ ...node, kind: 'organization', column: 'organization' });
  }
  for (const role of tenant.roles) {
    const detail = role.type === 'MachineToMachine' ? 'M2M role' : 'user role';
    graph.node({ id: roleNodeId(role.id), kind: 'role', column: 'role', label: role.name, detail });
    graph.grant(roleNodeId(role.id), role.scopes);
  }
  for (const role of tenant.organizationRoles) {
    const id = organizationRoleNodeId(role.id);
    graph.node({ id, kind: 'organization-role', column: 'role', label: role.name, detail: 'organization role' });
    graph.grant(id, role.resourceScopes);
    for (const name of role.permissions) graph.edge(id, organizationPermissionNodeId(name), 'grants');
  }
  for (const permission of tenant.organizationPermissions) {
    const id = organizationPermissionNodeId(permission.name);
    // `||`: a Management API answers an empty description as "" (or null), a world leaves it out.
    const detail = permission.description || 'organization permission';
    graph.node({ id, kind: 'organization-permission', column: 'permission', label: permission.name, detail });
  }
  for (const resource of drawnResources(tenant)) {
    const resourceId = resourceNodeId(resource.indicator);
    const node = { id: resourceId, label: resource.name, detail: resource.indicator };
    graph.node({ ...node, kind: 'resource', column: 'resource' });
    for (const permission of resource.permissions) {
      const id = permissionNodeId(resource.indicator, permission.name);
      const detail = permission.description || resource.name;
      graph.node({ id, kind: 'permission', column: 'permission', label: permission.name, detail });
      graph.edge(id, resourceId, 'belongs-to');
    }
  }
  return graph.build();
}

/** The sandbox's world as a graph: the world read as a tenant, so it draws exactly as the same tenant read over HTTP. */
export function worldGraph(world: World): WorldGraph {
  return tenantGraph(tenantFromWorld(world, ''));
}

/**
 * Two graphs with the same nodes and edges (labels aside) have the same layout: every node is the same size, so an
 * edit that renames or describes things needs no new layout.
 */
export function sameShape(a: WorldGraph, b: WorldGraph): boolean {
  const key = (g: WorldGraph) => [...g.nodes.map((n) => n.id), '', ...g.edges.map((e) => e.id)].join('\n');
  return a.nodes.length === b.nodes.length && a.edges.length === b.edges.length && key(a) === key(b);
}

/** The edges that touch `id`, either way: what Enter on a node shows. */
export function edgesOf(graph: WorldGraph, id: string): GraphEdge[] {
  return graph.edges.filter((e) => e.from === id || e.to === id);
}

/**
 * Everything connected to `id` along the arrows, both ways: a user's roles, permissions and APIs, or who can reach
 * a permission. An organization's "uses" edge is shared by all its members, so it is followed only from the
 * organization or the organization role itself; a member reaches the organization roles it holds there directly.
 */
export function connectedTo(graph: WorldGraph, id: string): Set<string> {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    forward.set(from, [...(forward.get(from) ?? []), to]);
    backward.set(to, [...(backward.get(to) ?? []), from]);
  };
  for (const edge of graph.edges) {
    if (edge.kind !== 'uses') link(edge.from, edge.to);
    for (const role of edge.roles ?? []) link(edge.from, role);
  }
  const walk = (next: Map<string, string[]>, first: string[], expandFirst: boolean) => {
    const reached = new Set([id, ...first]);
    const queue = expandFirst ? [id, ...first] : [id];
    for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
      for (const other of next.get(current) ?? []) {
        if (reached.has(other)) continue;
        reached.add(other);
        queue.push(other);
      }
    }
    return reached;
  };
  const uses = graph.edges.filter((e) => e.kind === 'uses');
  const ahead = walk(
    forward,
    uses.filter((e) => e.from === id).map((e) => e.to),
    true,
  );
  const behind = walk(
    backward,
    // The organizations using a role, not all their members: those holding it come by their own edges.
    uses.filter((e) => e.to === id).map((e) => e.from),
    false,
  );
  return new Set([...ahead, ...behind]);
}
