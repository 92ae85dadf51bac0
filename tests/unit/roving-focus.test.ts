import { describe, expect, it } from 'vitest';
import { rovingTarget } from '../../renderer/src/components/roving-focus';

// WAI-ARIA Authoring Practices: Tabs and Radio Group keyboard interaction.
describe('rovingTarget', () => {
  it.each([
    ['ArrowRight', 0, 4, 1],
    ['ArrowDown', 2, 4, 3],
    ['ArrowRight', 3, 4, 0],
    ['ArrowLeft', 0, 4, 3],
    ['ArrowUp', 2, 4, 1],
    ['Home', 2, 4, 0],
    ['End', 1, 4, 3],
    ['Enter', 1, 4, undefined],
    ['a', 1, 4, undefined],
    ['ArrowRight', 0, 0, undefined],
    ['ArrowLeft', 0, 1, 0],
  ])('%s from %i of %i goes to %s', (key, current, count, expected) => {
    expect(rovingTarget(key, current, count)).toBe(expected);
  });
});
