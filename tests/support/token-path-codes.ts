import type { TokenPath } from '../../shared/sandbox/token-path.js';

/**
 * A token path as two sources of the same tenant (its world, a read of it) must agree on it: subject,
 * organization, nodes, edges, and each broken link by its reason's code (the words name where they come from).
 */
export function pathByCodes(path: TokenPath) {
  const { subject, organization, nodes, edges } = path;
  const broken = path.broken.map(({ scope, from, to, reason }) => ({ scope, from, to, code: reason.code }));
  return { subject, organization, nodes, edges, broken };
}
