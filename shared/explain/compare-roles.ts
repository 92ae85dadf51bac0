import { audiences, scopes } from '../inspect/claims.js';
import { grantersOf, type ScopeRoles } from './scope-roles.js';
import { grantedSentence, heldClause, possessive, rolesPhrase, subjectPhrase } from './role-sentences.js';

/** One token of a comparison with the roles behind it, read from its tenant (absent when the tenant is unknown). */
export interface RoleSide {
  label: string;
  payload: Record<string, unknown>;
  roles?: ScopeRoles;
}

const audienceOf = (side: RoleSide) => audiences(side.payload)?.[0] ?? '(no audience)';

/** Why the other token lacks `scope` (of `audience`, the API of the token that has it): its roles, or the request. */
function lackClause(side: RoleSide, scope: string, audience: string): string {
  if (!side.roles) return `why ${side.label} lacks it is unknown (its tenant was not read)`;
  const roles = side.roles;
  if (!roles.subject.known || !roles.held.length || (roles.organization && !roles.organization.member))
    return heldClause(roles);
  const granters = grantersOf(roles.held, scope, audience);
  const whose = `${possessive(subjectPhrase(roles))} ${rolesPhrase(roles.kind, roles.held)}`;
  if (!granters.length) return `${whose} ${roles.held.length === 1 ? 'does' : 'do'} not`;
  return `${possessive(subjectPhrase(roles))} ${rolesPhrase(roles.kind, granters)} would grant it, but it was not asked for`;
}

function grantClause(side: RoleSide, scope: string): string {
  return side.roles ? grantedSentence(side.roles, scope, audienceOf(side)) : 'its tenant was not read';
}

/**
 * One sentence per scope only one token has, naming the role behind the difference: "only PAT exchange has
 * write:orders: eddie's role Editor grants it; the app Inventory sync's M2M role Inventory sync does not".
 */
export function scopeDifferenceSentences(a: RoleSide, b: RoleSide): string[] {
  const sa = scopes(a.payload) ?? [];
  const sb = scopes(b.payload) ?? [];
  const only = (have: RoleSide, lack: RoleSide, list: string[], other: string[]) =>
    list
      .filter((scope) => !other.includes(scope))
      .map(
        (scope) =>
          `Only ${have.label} has ${scope}: ${grantClause(have, scope)}; ${lackClause(lack, scope, audienceOf(have))}`,
      );
  return [...only(a, b, sa, sb), ...only(b, a, sb, sa)];
}
