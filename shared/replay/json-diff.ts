/**
 * A small structural diff of two JSON values, by path. No diff library is installed, and a text diff library
 * (jsdiff, ~50 KB) compares lines, not values: for two API answers the user wants "items[2].price changed from 3
 * to 4", which this walk gives in ~40 lines. Arrays are compared index by index: API lists keep their order, and a
 * longest-common-subsequence match would cost more than it explains here.
 */

export type JsonChangeKind = 'added' | 'removed' | 'changed';

export interface JsonChange {
  /** JSONPath-like, e.g. `$.items[2].price`. */
  path: string;
  kind: JsonChangeKind;
  before?: unknown;
  after?: unknown;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** At most `limit` changes, so two huge, unrelated bodies cannot stall the view. */
export function diffJson(before: unknown, after: unknown, limit = 500): JsonChange[] {
  const changes: JsonChange[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (changes.length >= limit) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      const length = Math.max(a.length, b.length);
      for (let i = 0; i < length; i += 1) {
        if (i >= a.length) changes.push({ path: childPath(path, i), kind: 'added', after: b[i] });
        else if (i >= b.length) changes.push({ path: childPath(path, i), kind: 'removed', before: a[i] });
        else walk(a[i], b[i], childPath(path, i));
      }
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const key of Object.keys(a)) {
        if (!(key in b)) changes.push({ path: childPath(path, key), kind: 'removed', before: a[key] });
        else walk(a[key], b[key], childPath(path, key));
      }
      for (const key of Object.keys(b))
        if (!(key in a)) changes.push({ path: childPath(path, key), kind: 'added', after: b[key] });
      return;
    }
    if (!Object.is(a, b)) changes.push({ path, kind: 'changed', before: a, after: b });
  };
  walk(before, after, '$');
  return changes.slice(0, limit);
}
