import type { KeyboardEvent } from 'react';

/**
 * WAI-ARIA Authoring Practices, Tabs and Radio Group patterns: arrows move to the previous or next item (wrapping),
 * Home and End to the first and last. The index an item key leads to, or undefined for any other key.
 */
export function rovingTarget(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The keydown handler of one item of a tablist or radiogroup with a roving tabindex (only the chosen item is in the
 * tab order): chooses the item the key leads to and moves the focus there. Selection follows focus, as both
 * patterns recommend when showing the choice is instant.
 */
export function rovingKeyDown(
  event: KeyboardEvent<HTMLElement>,
  index: number,
  count: number,
  choose: (index: number) => void,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = rovingTarget(event.key, index, count);
  if (target === undefined) return;
  event.preventDefault();
  choose(target);
  const group = event.currentTarget.closest('[role="tablist"], [role="radiogroup"]');
  const items = group?.querySelectorAll<HTMLElement>(':scope > [role="tab"], :scope > [role="radio"]');
  items?.[target]?.focus();
}
