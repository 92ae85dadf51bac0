import type { DoctorRule } from './doctor-finding.js';
import { permissionsNoRoleGrants } from './rules/permissions-no-role-grants.js';
import { rolesWithoutMembers } from './rules/roles-without-members.js';
import { resourcesWithoutPermissions } from './rules/resources-without-permissions.js';
import { tokenExchangeSwitchedOn } from './rules/token-exchange-switched-on.js';
import { managementApiAll } from './rules/management-api-all.js';
import { accessTokenTtl } from './rules/access-token-ttl.js';
import { usersWithoutApiRoles } from './rules/users-without-api-roles.js';
import { organizationRolesWithoutPermissions } from './rules/organization-roles-without-permissions.js';
import { organizationsWithoutMembers } from './rules/organizations-without-members.js';
import { noDefaultApi } from './rules/no-default-api.js';

/** Every rule the doctor runs, in the order its report lists them. */
export const DOCTOR_RULES: readonly DoctorRule[] = [
  noDefaultApi,
  permissionsNoRoleGrants,
  resourcesWithoutPermissions,
  accessTokenTtl,
  managementApiAll,
  tokenExchangeSwitchedOn,
  rolesWithoutMembers,
  usersWithoutApiRoles,
  organizationRolesWithoutPermissions,
  organizationsWithoutMembers,
];
