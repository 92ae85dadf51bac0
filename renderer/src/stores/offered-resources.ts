import type { ConnectionKnowledge } from '../../../shared/contract/connection-knowledge';
import type { ApiResourceSummary } from '../../../shared/contract/connection';

/**
 * What every grant's pickers offer on a connection: the resources it lists (the sandbox's world), then those used on
 * it before (remembered by the main side), each with the scopes known for it. Registered ones keep their names and
 * descriptions; remembered scopes are added after theirs.
 */
export function offeredResources(
  registered: readonly ApiResourceSummary[],
  knowledge?: ConnectionKnowledge,
): ApiResourceSummary[] {
  const offered = registered.map((r) => {
    const known = knowledge?.resources.find((k) => k.indicator === r.indicator)?.scopes ?? [];
    const extra = known.filter((name) => !r.scopes.some((s) => s.name === name)).map((name) => ({ name }));
    return extra.length ? { ...r, scopes: [...r.scopes, ...extra] } : r;
  });
  for (const k of knowledge?.resources ?? []) {
    if (!offered.some((r) => r.indicator === k.indicator)) {
      offered.push({ indicator: k.indicator, name: k.indicator, scopes: k.scopes.map((name) => ({ name })) });
    }
  }
  return offered;
}

/**
 * The scopes a client credentials request sends: those ticked under a resource still ticked, and those typed by
 * hand (no offered resource defines them). A scope ticked under an API that was unticked is no longer visible,
 * so it is not sent.
 */
export function requestedScopes(
  offered: readonly ApiResourceSummary[],
  resources: readonly string[],
  scopes: readonly string[],
): string[] {
  const ticked = offered.filter((r) => resources.includes(r.indicator));
  const visible = new Set(ticked.flatMap((r) => r.scopes.map((s) => s.name)));
  const offeredAnywhere = new Set(offered.flatMap((r) => r.scopes.map((s) => s.name)));
  return scopes.filter((s) => visible.has(s) || !offeredAnywhere.has(s));
}
