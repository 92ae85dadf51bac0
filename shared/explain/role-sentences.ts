import { grantersOf, type RoleGrant, type RoleKind, type ScopeRoles } from './scope-roles.js';

/**
 * The wording of every role-based reason, in one place so sandbox and real tenants read the same:
 * "eddie has role Editor; it does not grant delete:products; role Admin does."
 */

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

const KIND_WORDS: Record<RoleKind, string> = { user: 'role', m2m: 'M2M role', organization: 'organization role' };

/** "role Editor", "roles Viewer and Editor", "M2M role Inventory sync". */
export function rolesPhrase(kind: RoleKind, roles: readonly RoleGrant[]): string {
  const word = KIND_WORDS[kind];
  return `${roles.length === 1 ? word : `${word}s`} ${listOf(roles.map((role) => role.name))}`;
}

/** "eddie", "the app Inventory sync job". */
export function subjectPhrase(roles: Pick<ScopeRoles, 'subject'>): string {
  return roles.subject.kind === 'app' ? `the app ${roles.subject.name}` : roles.subject.name;
}

/** "eddie's", "the app Jobs'". */
export const possessive = (name: string): string => `${name}${name.endsWith('s') ? "'" : "'s"}`;

/** "eddie has role Editor", "the app X has no M2M role", "vera has organization role member in Acme". */
export function heldClause(roles: ScopeRoles): string {
  const who = subjectPhrase(roles);
  if (!roles.subject.known)
    return `${roles.subject.kind === 'app' ? 'app' : 'user'} ${roles.subject.id} is not in ${roles.source}`;
  const where = roles.organization ? ` in organization ${roles.organization.name}` : '';
  if (roles.organization && !roles.organization.member)
    return `${who} is not a member of organization ${roles.organization.name}`;
  if (!roles.held.length) return `${who} has no ${KIND_WORDS[roles.kind]}${where}`;
  return `${who} has ${rolesPhrase(roles.kind, roles.held)}${where}`;
}

function noneClause(count: number, scope: string): string | undefined {
  if (count === 0) return undefined;
  if (count === 1) return `it does not grant ${scope}`;
  return count === 2 ? `neither grants ${scope}` : `none of them grants ${scope}`;
}

function othersClause(roles: ScopeRoles, scope: string, audience: string): string {
  const granters = grantersOf(roles.others, scope, audience);
  if (!granters.length) return `no ${KIND_WORDS[roles.kind]} in ${roles.source} grants it`;
  return `${rolesPhrase(roles.kind, granters)} ${granters.length === 1 ? 'does' : 'do'}`;
}

const CONSOLE: Record<RoleKind, string> = {
  user: 'Logto Console → Roles',
  m2m: 'Logto Console → Roles (machine-to-machine)',
  organization: 'Logto Console → Organization template',
};

function fixOf(roles: ScopeRoles, scope: string, audience: string): string {
  const who = subjectPhrase(roles);
  const granters = grantersOf(roles.others, scope, audience);
  const kind = KIND_WORDS[roles.kind];
  if (roles.organization && !roles.organization.member)
    return `Add ${who} to ${roles.organization.name} with an organization role that grants ${scope}`;
  const assign = granters.length ? `Assign ${who} ${kind} ${granters[0]!.name}, or add` : 'Add';
  const target = roles.held.length
    ? `one of ${possessive(who)} ${kind}s`
    : `${article(kind)} ${kind} of ${possessive(who)}`;
  return `${assign} ${scope} to ${target} (${CONSOLE[roles.kind]})`;
}

/** Organization tokens: the subject's global roles that would grant the scope, which such a token never uses. */
function globalNote(roles: ScopeRoles, scope: string, audience: string): string | undefined {
  const granters = grantersOf(roles.globalHeld ?? [], scope, audience);
  if (!granters.length) return undefined;
  const kind = roles.subject.kind === 'app' ? 'm2m' : 'user';
  return (
    `${possessive(subjectPhrase(roles))} global ${rolesPhrase(kind, granters)} ${granters.length === 1 ? 'grants' : 'grant'} ` +
    `${scope}, but an organization token draws on organization roles only.`
  );
}

/** Why `scope` for `audience` did not reach the token, naming the subject, its roles and the roles that would. */
export function missingSentence(roles: ScopeRoles, scope: string, audience: string): string {
  if (!roles.subject.known) return `${heldClause(roles)}, so its roles cannot be named: read the tenant again.`;
  const clauses = [
    heldClause(roles),
    roles.organization && !roles.organization.member ? undefined : noneClause(roles.held.length, scope),
    othersClause(roles, scope, audience),
  ].filter(Boolean);
  const note = globalNote(roles, scope, audience);
  return `${clauses.join('; ')}. ${fixOf(roles, scope, audience)}.${note ? ` ${note}` : ''}`;
}

/** Which of the subject's roles granted `scope`: "eddie's role Editor grants it". */
export function grantedSentence(roles: ScopeRoles, scope: string, audience: string): string {
  const who = possessive(subjectPhrase(roles));
  const granters = grantersOf(roles.held, scope, audience);
  if (granters.length)
    return `${who} ${rolesPhrase(roles.kind, granters)} ${granters.length === 1 ? 'grants' : 'grant'} it`;
  return (
    `none of ${who} ${KIND_WORDS[roles.kind]}s grants it in ${roles.source}: ` +
    'the roles changed after the token was issued, or the tenant was read before they did'
  );
}
