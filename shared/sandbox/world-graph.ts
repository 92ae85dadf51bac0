import { MANAGEMENT_API } from './management-api.js';
import type { ResourcePermissions, World, WorldMembership } from './world.js';

/**
 * The world as a graph: who (users, apps) → roles → permissions → API resources, and who → organizations →
 * organization roles → organization permissions and API permissions. Pure, so the Sandbox view only lays it out
 * and draws it, and the token path (token-path.ts) walks the same ids.
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

function referencedIndicators(world: World): Set<string> {
  const maps = [
    ...world.roles.map((r) => r.permissions),
    ...(world.organizationRoles ?? []).map((r) => r.resourcePermissions ?? {}),
  ];
  return new Set(maps.flatMap((m) => Object.keys(m)));
}

/** The world's API resources, plus Logto's built-in Management API when a role grants it (it is always there). */
function resourcesOf(world: World) {
  const listed = world.resources.some((r) => r.indicator === MANAGEMENT_API.indicator);
  const used = referencedIndicators(world).has(MANAGEMENT_API.indicator);
  return !listed && used ? [...world.resources, MANAGEMENT_API] : world.resources;
}

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

  grant(from: string, permissions: ResourcePermissions | undefined) {
    for (const [indicator, names] of Object.entries(permissions ?? {}))
      for (const name of names) this.edge(from, permissionNodeId(indicator, name), 'grants');
  }

  memberships(from: string, memberships: WorldMembership[] | undefined) {
    for (const membership of memberships ?? []) {
      const org = organizationNodeId(membership.organization);
      const label = membership.roles.length ? membership.roles.join(', ') : 'no role';
      this.edge(from, org, 'member', { label, roles: membership.roles.map(organizationRoleNodeId) });
      for (const role of membership.roles) this.edge(org, organizationRoleNodeId(role), 'uses');
    }
  }

  /** A world that validated has no dangling reference; one that did not must still draw, so such edges go. */
  build(): WorldGraph {
    const edges = [...this.edges.values()].filter((e) => this.nodes.has(e.from) && this.nodes.has(e.to));
    return { nodes: [...this.nodes.values()], edges };
  }
}

export function worldGraph(world: World): WorldGraph {
  const graph = new GraphBuilder();
  for (const user of world.users) {
    const detail = `user ${user.username}`;
    graph.node({ id: userNodeId(user.id), kind: 'user', column: 'subject', label: user.name ?? user.username, detail });
    for (const role of user.roles) graph.edge(userNodeId(user.id), roleNodeId(role), 'has-role');
    graph.memberships(userNodeId(user.id), user.organizations);
  }
  for (const app of world.applications) {
    graph.node({ id: appNodeId(app.id), kind: 'app', column: 'subject', label: app.name, detail: `${app.type} app` });
    for (const role of app.roles ?? []) graph.edge(appNodeId(app.id), roleNodeId(role), 'has-role');
    graph.memberships(appNodeId(app.id), app.organizations);
  }
  for (const org of world.organizations ?? []) {
    const node = { id: organizationNodeId(org.id), label: org.name, detail: `organization ${org.id}` };
    graph.node({ ...node, kind: 'organization', column: 'organization' });
  }
  for (const role of world.roles) {
    const detail = role.type === 'm2m' ? 'M2M role' : 'user role';
    graph.node({ id: roleNodeId(role.id), kind: 'role', column: 'role', label: role.name, detail });
    graph.grant(roleNodeId(role.id), role.permissions);
  }
  for (const role of world.organizationRoles ?? []) {
    const id = organizationRoleNodeId(role.id);
    graph.node({ id, kind: 'organization-role', column: 'role', label: role.name, detail: 'organization role' });
    graph.grant(id, role.resourcePermissions);
    for (const name of role.permissions ?? []) graph.edge(id, organizationPermissionNodeId(name), 'grants');
  }
  for (const permission of world.organizationPermissions ?? []) {
    const id = organizationPermissionNodeId(permission.name);
    const detail = permission.description ?? 'organization permission';
    graph.node({ id, kind: 'organization-permission', column: 'permission', label: permission.name, detail });
  }
  for (const resource of resourcesOf(world)) {
    const resourceId = resourceNodeId(resource.indicator);
    const node = { id: resourceId, label: resource.name, detail: resource.indicator };
    graph.node({ ...node, kind: 'resource', column: 'resource' });
    for (const permission of resource.permissions) {
      const id = permissionNodeId(resource.indicator, permission.name);
      const detail = permission.description ?? resource.name;
      graph.node({ id, kind: 'permission', column: 'permission', label: permission.name, detail });
      graph.edge(id, resourceId, 'belongs-to');
    }
  }
  return graph.build();
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
