import { invalidInput, logtoError } from './logto-errors.js';
import type { RouteAnswer } from './route-table.js';

/**
 * Logto's pagination (packages/core/src/middleware/koa-pagination.ts): `page` from 1, `page_size` 20 by default and
 * at most 100; `Total-Number` and RFC 8288 `Link` headers (first, last, prev, next) whose URLs keep the query and
 * leave out the `/api` mount. Some routes paginate always; others ("optional") only when `page` or `page_size` is
 * given, and otherwise answer every row without those headers.
 */
export const PAGINATION = { defaultPageSize: 20, maxPageSize: 100 } as const;

export type PaginationMode = 'always' | 'optional';

function positiveNumber(value: string | null, max = Infinity): number | undefined {
  if (value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n <= max ? n : Number.NaN;
}

/**
 * `rows` as Logto pages them for `url`, or Logto's 400 for a bad `page` or `page_size`. `toRow` shapes only the rows
 * of the page: shaping all 10,000 users for each page of 100 cost a large read more than the rest.
 */
export function paginate<T, R = T>(
  url: URL,
  rows: readonly T[],
  mode: PaginationMode,
  toRow: (row: T) => R = (row) => row as unknown as R,
): RouteAnswer {
  const pageParam = url.searchParams.get('page');
  const sizeParam = url.searchParams.get('page_size');
  if (mode === 'optional' && !pageParam && !sizeParam) return { status: 200, body: rows.map(toRow) };
  const page = positiveNumber(pageParam) ?? 1;
  const pageSize = positiveNumber(sizeParam, PAGINATION.maxPageSize) ?? PAGINATION.defaultPageSize;
  if (Number.isNaN(page) || Number.isNaN(pageSize))
    return logtoError(400, 'guard.invalid_pagination', 'The request pagination value is invalid.');
  const offset = (page - 1) * pageSize;
  const totalPage = Math.ceil(rows.length / pageSize) || 1;
  const current = Math.floor(offset / pageSize) + 1;
  const link = (to: number, rel: string) => {
    // Logto spreads the query and sets `page`, so `page` keeps its place when the request had it.
    const query = new URLSearchParams(url.searchParams);
    query.set('page', String(to));
    return `<${url.origin}${url.pathname.replace(/^\/api/, '')}?${query.toString()}>; rel="${rel}"`;
  };
  const links = [link(1, 'first'), link(totalPage, 'last')];
  if (current > 1) links.push(link(current - 1, 'prev'));
  if (current < totalPage) links.push(link(current + 1, 'next'));
  return {
    status: 200,
    body: rows.slice(offset, offset + pageSize).map(toRow),
    headers: { 'Total-Number': String(rows.length), Link: links },
  };
}

/** Logto's 400 for a query enum (`type=User|MachineToMachine` on roles). */
export function enumQuery<T extends string>(
  url: URL,
  name: string,
  options: readonly T[],
): { ok: true; value?: T } | { ok: false; answer: RouteAnswer } {
  const value = url.searchParams.get(name);
  if (value === null) return { ok: true };
  if ((options as readonly string[]).includes(value)) return { ok: true, value: value as T };
  return {
    ok: false,
    answer: invalidInput('query', [
      {
        received: value,
        code: 'invalid_enum_value',
        options: [...options],
        path: [name],
        message: `Invalid enum value. Expected ${options.map((o) => `'${o}'`).join(' | ')}, received '${value}'`,
      },
    ]),
  };
}

/**
 * Logto's `search`: SQL ILIKE on the route's text fields, so without `%` a value matches a whole field
 * (case-insensitive) and `%` matches any run of characters.
 */
export function searchMatches(pattern: string, fields: (string | null | undefined)[]): boolean {
  const escaped = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  const regex = new RegExp(`^${escaped}$`, 'is');
  return fields.some((f) => typeof f === 'string' && regex.test(f));
}
