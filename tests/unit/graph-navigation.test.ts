import { describe, expect, it } from 'vitest';
import { findNodes, nextNode, type NavigationKey } from '../../renderer/src/features/sandbox/graph/graph-navigation.js';

// Two columns as ELK places them: a column is the nodes sharing an x.
const placed = [
  { id: 'user:a', x: 0, y: 0 },
  { id: 'user:b', x: 0, y: 60 },
  { id: 'user:c', x: 0, y: 120 },
  { id: 'role:x', x: 300, y: 10 },
  { id: 'role:y', x: 300, y: 110 },
];

describe('nextNode (roving focus in the graph)', () => {
  it.each<[string, NavigationKey, string]>([
    ['user:a', 'ArrowDown', 'user:b'],
    ['user:b', 'ArrowUp', 'user:a'],
    ['user:a', 'ArrowUp', 'user:a'],
    ['user:c', 'ArrowDown', 'user:c'],
    ['user:b', 'End', 'user:c'],
    ['user:c', 'Home', 'user:a'],
    ['user:c', 'ArrowRight', 'role:y'],
    ['user:a', 'ArrowRight', 'role:x'],
    ['role:x', 'ArrowLeft', 'user:a'],
    ['role:x', 'ArrowRight', 'role:x'],
    ['user:a', 'ArrowLeft', 'user:a'],
    ['gone', 'ArrowDown', 'user:a'],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(nextNode(placed, from, key)).toBe(to);
  });
});

describe('findNodes (search)', () => {
  const nodes = [
    { id: 'role:y', label: 'Editor' },
    { id: 'user:b', label: 'Eddie Editor' },
    { id: 'user:a', label: 'Ada' },
  ];
  const positions = new Map(placed.map((p) => [p.id, p]));
  it.each([
    ['editor', ['user:b', 'role:y']],
    ['  ADA ', ['user:a']],
    ['role:', ['role:y']],
    ['', []],
    ['nobody', []],
  ])('"%s" finds %j, in reading order', (query, expected) => {
    expect(findNodes(nodes, positions, query)).toEqual(expected);
  });
});
