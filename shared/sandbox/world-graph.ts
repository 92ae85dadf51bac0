import type { World } from './world.js';

/**
 * The world as a picture people read at a glance: who (users, apps) → roles → permissions → API resources,
 * and organizations with their roles. Pure, so the Sandbox view only draws it.
 */
export type GraphColumn = 'subject' | 'role' | 'permission' | 'resource';

export interface GraphNode {
  id: string;
  column: GraphColumn;
  label: string;
  detail?: string;
}

export interface GraphEdge {
  from: string;
  to: string;
}

export interface WorldGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const permissionNodeId = (indicator: string, permission: string) => `perm:${indicator} ${permission}`;

export function worldGraph(world: World): WorldGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];

  for (const resource of world.resources) {
    nodes.push({
      id: `res:${resource.indicator}`,
      column: 'resource',
      label: resource.name,
      detail: resource.indicator,
    });
    for (const permission of resource.permissions) {
      const id = permissionNodeId(resource.indicator, permission.name);
      nodes.push({ id, column: 'permission', label: permission.name, detail: permission.description });
      edges.push({ from: id, to: `res:${resource.indicator}` });
    }
  }
  const grant = (from: string, permissions: Record<string, string[]> | undefined) => {
    for (const [indicator, names] of Object.entries(permissions ?? {})) {
      for (const name of names) edges.push({ from, to: permissionNodeId(indicator, name) });
    }
  };
  for (const role of world.roles) {
    nodes.push({
      id: `role:${role.id}`,
      column: 'role',
      label: role.name,
      detail: role.type === 'm2m' ? 'M2M role' : 'user role',
    });
    grant(`role:${role.id}`, role.permissions);
  }
  for (const role of world.organizationRoles ?? []) {
    nodes.push({ id: `orgrole:${role.id}`, column: 'role', label: role.name, detail: 'organization role' });
    grant(`orgrole:${role.id}`, role.resourcePermissions);
    for (const name of role.permissions ?? []) {
      const id = `orgperm:${name}`;
      if (!nodes.some((n) => n.id === id))
        nodes.push({ id, column: 'permission', label: name, detail: 'organization permission' });
      edges.push({ from: `orgrole:${role.id}`, to: id });
    }
  }
  for (const user of world.users) {
    nodes.push({
      id: `user:${user.id}`,
      column: 'subject',
      label: user.name ?? user.username,
      detail: `user ${user.username}`,
    });
    for (const role of user.roles) edges.push({ from: `user:${user.id}`, to: `role:${role}` });
    for (const membership of user.organizations ?? []) {
      for (const role of membership.roles) edges.push({ from: `user:${user.id}`, to: `orgrole:${role}` });
    }
  }
  for (const app of world.applications) {
    nodes.push({ id: `app:${app.id}`, column: 'subject', label: app.name, detail: `${app.type} app` });
    for (const role of app.roles ?? []) edges.push({ from: `app:${app.id}`, to: `role:${role}` });
    for (const membership of app.organizations ?? []) {
      for (const role of membership.roles) edges.push({ from: `app:${app.id}`, to: `orgrole:${role}` });
    }
  }
  return { nodes, edges };
}

/** Everything connected to `id` along the arrows, both ways: a user's roles, permissions and APIs, or who can reach a permission. */
export function connectedTo(graph: WorldGraph, id: string): Set<string> {
  const reached = new Set([id]);
  const walk = (start: string, forward: boolean) => {
    const queue = [start];
    while (queue.length) {
      const current = queue.shift()!;
      for (const edge of graph.edges) {
        const [a, b] = forward ? [edge.from, edge.to] : [edge.to, edge.from];
        if (a === current && !reached.has(b)) {
          reached.add(b);
          queue.push(b);
        }
      }
    }
  };
  walk(id, true);
  walk(id, false);
  return reached;
}
