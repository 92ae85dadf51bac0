import { describe, expect, it } from 'vitest';
import { connectedTo, permissionNodeId, worldGraph } from '../../shared/sandbox/world-graph.js';
import type { World } from '../../shared/sandbox/world.js';

const world: World = {
  resources: [{ indicator: 'https://api.example', name: 'API', permissions: [{ name: 'read' }, { name: 'write' }] }],
  roles: [
    { id: 'viewer', name: 'Viewer', type: 'user', permissions: { 'https://api.example': ['read'] } },
    { id: 'robot', name: 'Robot', type: 'm2m', permissions: { 'https://api.example': ['write'] } },
  ],
  users: [
    { id: 'alice', username: 'alice', roles: ['viewer'] },
    { id: 'bob', username: 'bob', roles: [] },
  ],
  applications: [{ id: 'job', name: 'Job', type: 'm2m', roles: ['robot'] }],
};

describe('worldGraph', () => {
  const graph = worldGraph(world);

  it('draws every user, app, role, permission and resource once', () => {
    const byColumn = (c: string) => graph.nodes.filter((n) => n.column === c).map((n) => n.id);
    expect(byColumn('subject')).toEqual(['user:alice', 'user:bob', 'app:job']);
    expect(byColumn('role')).toEqual(['role:viewer', 'role:robot']);
    expect(byColumn('permission')).toEqual([
      permissionNodeId('https://api.example', 'read'),
      permissionNodeId('https://api.example', 'write'),
    ]);
    expect(byColumn('resource')).toEqual(['res:https://api.example']);
  });

  it('follows a user through her roles to her permissions and APIs, and no further', () => {
    const reached = connectedTo(graph, 'user:alice');
    expect(reached).toEqual(
      new Set([
        'user:alice',
        'role:viewer',
        permissionNodeId('https://api.example', 'read'),
        'res:https://api.example',
      ]),
    );
  });

  it('shows who can reach a permission', () => {
    const reached = connectedTo(graph, permissionNodeId('https://api.example', 'write'));
    expect(reached.has('app:job')).toBe(true);
    expect(reached.has('user:alice')).toBe(false);
  });

  it('leaves a user in no role on their own', () => {
    expect(connectedTo(graph, 'user:bob')).toEqual(new Set(['user:bob']));
  });
});
