/**
 * History search: free words match the method, URL, status and token mask; `status:4xx`, `status:403`,
 * `method:DELETE` and `error:` narrow it. Every word must match (AND), case-insensitive.
 */
import type { HistorySummary } from './types.js';

type Predicate = (entry: HistorySummary) => boolean;

function statusPredicate(value: string): Predicate | undefined {
  const range = /^([1-5])xx$/i.exec(value);
  if (range) {
    const hundred = Number(range[1]);
    return (e) => e.status !== undefined && Math.floor(e.status / 100) === hundred;
  }
  if (/^\d{3}$/.test(value)) return (e) => e.status === Number(value);
  return undefined;
}

function termPredicate(term: string): Predicate {
  const lower = term.toLowerCase();
  const colon = lower.indexOf(':');
  if (colon > 0) {
    const key = lower.slice(0, colon);
    const value = lower.slice(colon + 1);
    if (key === 'status') {
      const byStatus = statusPredicate(value);
      if (byStatus) return byStatus;
    }
    if (key === 'method' && value) return (e) => e.method.toLowerCase() === value;
    if (key === 'error') return (e) => e.error !== undefined && e.error.toLowerCase().includes(value);
  }
  return (e) =>
    e.url.toLowerCase().includes(lower) ||
    e.method.toLowerCase() === lower ||
    (e.status !== undefined && String(e.status) === lower) ||
    (e.tokenMasked?.toLowerCase().includes(lower) ?? false) ||
    (e.error?.toLowerCase().includes(lower) ?? false);
}

/** Compiles the query once, so filtering 10,000 rows is one pass of cheap checks. */
export function compileHistoryQuery(query: string | undefined): Predicate {
  const terms = (query ?? '').trim().split(/\s+/).filter(Boolean).map(termPredicate);
  if (terms.length === 0) return () => true;
  return (entry) => terms.every((matches) => matches(entry));
}

export function filterHistory<T extends HistorySummary>(entries: readonly T[], query: string | undefined): T[] {
  const matches = compileHistoryQuery(query);
  return entries.filter(matches);
}
