import type { ConnectionKnowledge, KnownResource } from '../../../shared/contract/connection-knowledge.js';
import type { FlowResult } from '../../../shared/contract/flow.js';
import { isIdentityScope } from '../../../shared/oauth/reserved-scopes.js';

/** Bounds what one connection remembers, so a script of typos cannot grow the file without end. */
export const KNOWLEDGE_LIMITS = { resources: 100, scopesPerResource: 100, scopes: 300 };

/** `known` itself when nothing is added (every run after the first teaches nothing new: no copy per run). */
function union(known: string[], added: readonly string[], limit: number): string[] {
  if (known.length <= limit && added.every((v) => !v || known.includes(v))) return known;
  return [...known, ...added.filter((v, i) => v && !known.includes(v) && added.indexOf(v) === i)].slice(0, limit);
}

/** OpenID Connect and Logto scopes belong to the sign-in, not to an API resource (OIDC Core §5.4). */
const apiScopes = (scopes: readonly string[]) => scopes.filter((s) => !isIdentityScope(s));

function withResource(resources: KnownResource[], indicator: string, scopes: readonly string[]): KnownResource[] {
  const at = resources.findIndex((r) => r.indicator === indicator);
  if (at < 0) {
    if (resources.length >= KNOWLEDGE_LIMITS.resources) return resources;
    return [...resources, { indicator, scopes: union([], apiScopes(scopes), KNOWLEDGE_LIMITS.scopesPerResource) }];
  }
  const merged = union(resources[at]!.scopes, apiScopes(scopes), KNOWLEDGE_LIMITS.scopesPerResource);
  if (merged === resources[at]!.scopes) return resources;
  const updated = { indicator, scopes: merged };
  return resources.map((r, i) => (i === at ? updated : r));
}

/** The audience and scope the server put in a JWT access token: what it actually granted, for which API. */
function granted(result: FlowResult | undefined): { audience?: string; scopes: string[] } {
  if (!result?.ok || result.accessToken.kind !== 'jwt') return { scopes: [] };
  const { aud, scope } = result.accessToken.payload as { aud?: unknown; scope?: unknown };
  const single = Array.isArray(aud) && aud.length === 1 ? (aud[0] as unknown) : aud;
  const audience = typeof single === 'string' ? single : undefined;
  return { audience, scopes: typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [] };
}

/**
 * What a run teaches about its connection. Scopes are tied to a resource only when that is certain: the request
 * named exactly one resource, or the server's JWT names one audience that was asked for and the scopes it granted.
 * A sign-in for several APIs at once says which scopes were asked, not which API each belongs to.
 */
export function learnFromRun(
  knowledge: ConnectionKnowledge,
  request: { resources: readonly string[]; scopes: readonly string[] },
  result?: FlowResult,
): ConnectionKnowledge {
  let resources = knowledge.resources;
  for (const indicator of request.resources) {
    resources = withResource(resources, indicator, request.resources.length === 1 ? request.scopes : []);
  }
  const answer = granted(result);
  if (answer.audience && request.resources.includes(answer.audience)) {
    resources = withResource(resources, answer.audience, answer.scopes);
  }
  const scopes = union(knowledge.scopes, request.scopes, KNOWLEDGE_LIMITS.scopes);
  // The very same knowledge when the run taught nothing new, so the store can tell without comparing copies.
  if (resources === knowledge.resources && scopes === knowledge.scopes) return knowledge;
  return { ...knowledge, resources, scopes };
}
