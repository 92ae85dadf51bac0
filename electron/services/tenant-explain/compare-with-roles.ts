import { compareTokens, type TokenComparison } from '../../../shared/inspect/compare-tokens.js';
import { decodeToken } from '../../../shared/token/decode.js';
import { scopeRolesFromTenant } from '../../../shared/explain/scope-roles-from-tenant.js';
import { tokenSubject } from '../../../shared/explain/token-subject.js';
import type { ScopeRoles } from '../../../shared/explain/scope-roles.js';
import type { SandboxHandle } from '../sandbox/sandbox-handle.js';
import { tenantForToken, type ReadTenants } from './tenant-for-token.js';

/** The roles behind one token, from the tenant its issuer names; undefined when that tenant is not known. */
export function rolesOfToken(
  raw: string,
  sandbox: SandboxHandle | undefined,
  readTenants?: ReadTenants,
): ScopeRoles | undefined {
  const decoded = decodeToken(raw);
  if (decoded.kind !== 'jwt') return undefined;
  const tenant = tenantForToken(decoded.payload, sandbox, readTenants);
  const subject = tokenSubject(decoded.payload);
  return tenant && subject ? scopeRolesFromTenant(tenant, subject) : undefined;
}

/** Subject display names from a tenant, so "acts as user eddie" rather than an id. */
function subjectNames(roles: (ScopeRoles | undefined)[]): Record<string, string> {
  return Object.fromEntries(roles.flatMap((r) => (r ? [[r.subject.id, r.subject.name] as const] : [])));
}

/** Any two tokens compared, each scope difference with the role behind it when its tenant is known. */
export function compareWithRoles(
  a: { token: string; label?: string },
  b: { token: string; label?: string },
  sandbox: SandboxHandle | undefined,
  readTenants?: ReadTenants,
): TokenComparison {
  const ra = rolesOfToken(a.token, sandbox, readTenants);
  const rb = rolesOfToken(b.token, sandbox, readTenants);
  return compareTokens(
    { raw: a.token, label: a.label ?? 'A' },
    { raw: b.token, label: b.label ?? 'B' },
    {
      subjectNames: subjectNames([ra, rb]),
      ...(ra || rb ? { roles: { ...(ra ? { a: ra } : {}), ...(rb ? { b: rb } : {}) } } : {}),
    },
  );
}
