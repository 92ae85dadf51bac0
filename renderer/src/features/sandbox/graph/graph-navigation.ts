import type { PlacedNode } from './layout-world-graph';

export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

export const NAVIGATION_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

/**
 * Where an arrow key moves the focus in the laid-out graph (WAI-ARIA roving tabindex: one node is in the tab order,
 * the arrows move it): up and down within a column, left and right to the nearest node of the next column, Home and
 * End to the ends of the column. ELK puts a layer's nodes at one x, so a column is the nodes sharing an x.
 */
export function nextNode(nodes: readonly PlacedNode[], current: string, key: NavigationKey): string {
  const here = nodes.find((n) => n.id === current);
  if (!here) return nodes[0]?.id ?? current;
  const column = nodes.filter((n) => n.x === here.x).sort((a, b) => a.y - b.y);
  const index = column.findIndex((n) => n.id === current);
  switch (key) {
    case 'ArrowUp':
      return column[Math.max(0, index - 1)]!.id;
    case 'ArrowDown':
      return column[Math.min(column.length - 1, index + 1)]!.id;
    case 'Home':
      return column[0]!.id;
    case 'End':
      return column[column.length - 1]!.id;
    default: {
      const xs = [...new Set(nodes.map((n) => n.x))].sort((a, b) => a - b);
      const next = xs[xs.indexOf(here.x) + (key === 'ArrowRight' ? 1 : -1)];
      if (next === undefined) return current;
      const candidates = nodes.filter((n) => n.x === next);
      const nearest = candidates.reduce((best, n) => (Math.abs(n.y - here.y) < Math.abs(best.y - here.y) ? n : best));
      return nearest.id;
    }
  }
}

/** The nodes whose label or id contains the query (case-insensitive), in reading order: column, then top to bottom. */
export function findNodes(
  nodes: readonly { id: string; label: string }[],
  placed: ReadonlyMap<string, PlacedNode>,
  query: string,
): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const position = (id: string) => placed.get(id) ?? { x: 0, y: 0 };
  return nodes
    .filter((n) => n.label.toLowerCase().includes(q) || n.id.toLowerCase().includes(q))
    .map((n) => n.id)
    .sort((a, b) => position(a).x - position(b).x || position(a).y - position(b).y);
}
