/**
 * The roles a token's scopes can come from, read from a tenant for one token: who the token acts for, which kind
 * of role reaches it (Logto: user roles for sign-ins, refreshes and PAT exchanges; M2M roles for client
 * credentials; organization roles for organization tokens), the roles the subject holds and the tenant's others.
 * Every explanation of a granted or missing scope is worded from this, whichever way the tenant was read.
 */
export type RoleKind = 'user' | 'm2m' | 'organization';

export interface RoleGrant {
  id: string;
  name: string;
  /**
   * Permission names by the audience they reach: an API resource's indicator, or for organization-level
   * permissions the organization token's audience (`urn:logto:organization:<id>`).
   */
  scopes: Readonly<Record<string, readonly string[]>>;
}

export interface ScopeSubject {
  kind: 'user' | 'app';
  id: string;
  /** How people know it: a user's username, an app's name; the id when the tenant does not know it. */
  name: string;
  /** Found in the tenant: when false, no role can be named and reasons are not exact. */
  known: boolean;
}

export interface ScopeRoles {
  subject: ScopeSubject;
  kind: RoleKind;
  /** Organization tokens: the organization, and whether the subject is a member of it. */
  organization?: { id: string; name: string; member: boolean };
  /** The subject's roles of `kind` (in the organization, for organization tokens). */
  held: RoleGrant[];
  /** The tenant's other roles of `kind`: the ones that could grant what is missing. */
  others: RoleGrant[];
  /** Organization tokens: the subject's global roles, which such a token never draws on (named when they would). */
  globalHeld?: RoleGrant[];
  /** Where the roles were read, for the reader: "the sandbox world", "tenant https://… read at …". */
  source: string;
  /** Every collection was read and the subject was found: reasons are exact, not likely. */
  exact: boolean;
}

/** The roles of `roles` that grant `scope` on `audience`. */
export function grantersOf(roles: readonly RoleGrant[], scope: string, audience: string): RoleGrant[] {
  return roles.filter((role) => role.scopes[audience]?.includes(scope));
}

/** Everything the held roles grant on `audience`. */
export function heldScopes(roles: ScopeRoles, audience: string): string[] {
  return [...new Set(roles.held.flatMap((role) => role.scopes[audience] ?? []))];
}
