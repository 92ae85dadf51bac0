// The cheap ELK options (layout-options.ts) must still draw a layered picture: every node placed, no two boxes
// overlapping, every edge pointing right (who → role → permission → API), each kind of box in its own column, for a
// small world and for the benchmark's 974-node world, which takes the large-graph options.
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { graphWorld } from '../../bench/fixtures/graph-world.js';
import {
  compactGraph,
  compactLayout,
  elkGraphOf,
  LARGE_GRAPH,
  layoutOptions,
  NODE_HEIGHT,
  NODE_WIDTH,
} from '../../renderer/src/features/sandbox/graph/layout-options.js';
import { GRAPH_COLUMNS, worldGraph } from '../../shared/sandbox/world-graph.js';

const small = graphWorld({ users: 6, roles: 4, permissions: 6, apis: 2, organizations: 2 });
const large = graphWorld();

describe('ELK options of the world graph', () => {
  it.each([
    ['a small world', small, false],
    ['the benchmark world', large, true],
  ])('lay out %s in layers, edges left to right, no box over another', { timeout: 300_000 }, async (_, world, big) => {
    const graph = worldGraph(world);
    expect(graph.nodes.length > LARGE_GRAPH).toBe(big);
    const options = layoutOptions(graph.nodes.length);
    expect(options['elk.layered.crossingMinimization.strategy']).toBe(big ? 'NONE' : undefined);
    const root = elkGraphOf(compactGraph(graph));
    expect(root.layoutOptions).toEqual(options);
    const laid = await new ELK().layout(root);
    // Read back the way the worker sends it: node i's x, y at 2i.
    const placed = compactLayout(laid, graph.nodes.length, graph.edges.length);
    const at = new Map(graph.nodes.map((n, i) => [n.id, { x: placed.nodes[2 * i]!, y: placed.nodes[2 * i + 1]! }]));
    expect(at.size).toBe(graph.nodes.length);
    for (const edge of graph.edges) expect(at.get(edge.from)!.x, edge.id).toBeLessThan(at.get(edge.to)!.x);
    // Each box in its own column, in the order a token's path reads: who, organization, role, permission, API.
    const xOfColumn = GRAPH_COLUMNS.map((column) => [
      ...new Set(graph.nodes.filter((n) => n.column === column).map((n) => at.get(n.id)!.x)),
    ]);
    for (const [i, xs] of xOfColumn.entries()) expect(xs, GRAPH_COLUMNS[i]).toHaveLength(1);
    const lefts = xOfColumn.map((xs) => xs[0]!);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    const columns = new Map<number, number[]>();
    for (const { x, y } of at.values()) columns.set(x, [...(columns.get(x) ?? []), y]);
    for (const column of columns.values()) {
      const ys = column.sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(NODE_HEIGHT);
    }
    expect((laid.edges ?? []).every((e) => e.sections?.length === 1)).toBe(true);
    // Every edge's route comes back, starting at its source box's right side and ending at its target's left.
    expect([...placed.counts].every((count) => count >= 2)).toBe(true);
    let offset = 0;
    graph.edges.forEach((edge, j) => {
      const first = placed.points[2 * offset]!;
      offset += placed.counts[j]!;
      const last = placed.points[2 * (offset - 1)]!;
      expect(first, edge.id).toBeCloseTo(at.get(edge.from)!.x + NODE_WIDTH);
      expect(last, edge.id).toBeCloseTo(at.get(edge.to)!.x);
    });
  });
});
