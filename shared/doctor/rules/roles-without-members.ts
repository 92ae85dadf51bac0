import type { DoctorRule } from '../doctor-finding.js';
import { roleRef } from '../object-refs.js';

/** Roles no user (User roles) or app (M2M roles) holds: dead weight, or an assignment someone forgot. */
export const rolesWithoutMembers: DoctorRule = {
  id: 'role-without-members',
  title: 'roles without users or apps',
  needs: ['roles', 'users', 'applications', 'role members'],
  check(tenant) {
    const held = new Set([...tenant.users.flatMap((u) => u.roleIds), ...tenant.applications.flatMap((a) => a.roleIds)]);
    return tenant.roles
      .filter((role) => !held.has(role.id))
      .map((role) => ({
        rule: this.id,
        severity: 'info' as const,
        title: `Role ${role.name} is assigned to no ${role.type === 'User' ? 'user' : 'app'}`,
        objects: [roleRef(role)],
        why: `Its ${role.scopes.length} permission(s) reach no token until someone holds the role.`,
        fix:
          role.type === 'User'
            ? `Assign ${role.name} to the users who need it (Logto Console → Roles → ${role.name} → Users), or delete it.`
            : `Assign ${role.name} to the M2M apps that need it (Logto Console → Roles → ${role.name} → Machine-to-machine apps), or delete it.`,
      }));
  },
};
