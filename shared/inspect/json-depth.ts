/**
 * Whether a decoded JSON value nests deeper than `limit` (objects and arrays count a level each). Iterative on
 * purpose: a recursive walk is exactly what a hostile token nested 10,000 levels deep would overflow.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
