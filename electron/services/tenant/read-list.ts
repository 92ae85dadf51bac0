import { parseItems } from '../../../shared/tenant/logto-answers.js';
import { TENANT_READ_LIMITS, type TenantReadLimits } from '../../../shared/tenant/read-limits.js';
import type { TenantCollection, TenantGap } from '../../../shared/tenant/tenant.js';
import { ManagementApiFault, type ManagementApiClient } from './management-api-client.js';

export interface ListRead<T> {
  items: T[];
  /** Set when the list was not read whole: a page failed, a limit was reached, or items were not in Logto's shape. */
  gap?: TenantGap;
}

export interface ListOf {
  collection: TenantCollection;
  /** The role or organization whose list this is. */
  of?: string;
}

/**
 * A whole Logto list through its pagination (`page`, `page_size`, the `Total-Number` header): page 1 says how many
 * there are, the other pages are then asked for at once (the client bounds how many run). Routes that paginate only
 * on request get `page` too, so every list is read the same way; a list without `Total-Number` is read page after
 * page until one comes back short. A fatal fault (the token refused) is rethrown; any other ends this list as a gap.
 */
export async function readList<T>(
  client: ManagementApiClient,
  path: string,
  parse: (v: unknown) => T | undefined,
  what: ListOf,
  limits: TenantReadLimits = TENANT_READ_LIMITS,
): Promise<ListRead<T>> {
  const separator = path.includes('?') ? '&' : '?';
  const page = (n: number) => `${path}${separator}page=${n}&page_size=${limits.pageSize}`;
  const items: T[] = [];
  let skipped = 0;
  let total: number | undefined;
  const take = (body: unknown) => {
    const parsed = parseItems(body, parse);
    items.push(...parsed.items);
    skipped += parsed.skipped;
    return Array.isArray(body) ? body.length : 0;
  };
  const gap = (reason: string, fix: string): ListRead<T> => ({
    items,
    gap: { ...what, read: items.length, ...(total !== undefined ? { total } : {}), reason, fix },
  });
  try {
    const first = await client.get(page(1));
    total = first.total;
    let count = take(first.body);
    if (total === undefined) {
      for (let n = 2; count === limits.pageSize && items.length < limits.itemsPerCollection; n++) {
        count = take((await client.get(page(n))).body);
      }
    } else {
      const wanted = Math.min(total, limits.itemsPerCollection);
      const pages = Math.ceil(wanted / limits.pageSize);
      const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => client.get(page(i + 2))));
      for (const answer of rest) take(answer.body);
    }
  } catch (error) {
    if (!(error instanceof ManagementApiFault) || error.fatal) throw error;
    return gap(error.problem.message, error.problem.fix);
  }
  if (items.length > limits.itemsPerCollection) items.length = limits.itemsPerCollection;
  if (total !== undefined && total > limits.itemsPerCollection) {
    return gap(
      `The tenant has ${total} ${what.collection}; Tokenscope reads at most ${limits.itemsPerCollection} of a list (its limit for a tenant, as for a sandbox world).`,
      'What was read is shown, marked as partial; explanations about the rest say they could not be verified.',
    );
  }
  if (skipped > 0) {
    return gap(
      `${skipped} item(s) of the answer were not in the shape of Logto's Management API and were left out.`,
      "Check that the endpoint is a Logto tenant; if it is, report the answer (it is in the read's timeline).",
    );
  }
  return { items };
}
