import type { DoctorRule } from '../doctor-finding.js';
import { organizationRef } from '../object-refs.js';

/** Organizations no user and no app belongs to. */
export const organizationsWithoutMembers: DoctorRule = {
  id: 'organization-without-members',
  title: 'organizations without members',
  needs: ['organizations', 'organization members', 'users', 'applications'],
  check(tenant) {
    const members = new Set(
      [...tenant.users, ...tenant.applications].flatMap((holder) => holder.organizations.map((m) => m.organizationId)),
    );
    return tenant.organizations
      .filter((organization) => !members.has(organization.id))
      .map((organization) => ({
        rule: this.id,
        severity: 'info' as const,
        title: `Organization ${organization.name} has no member`,
        objects: [organizationRef(organization)],
        why: 'Every organization token request for it is refused (403 access_denied: not a member), whoever asks.',
        fix: `Add members or M2M apps to ${organization.name} (Logto Console → Organizations → ${organization.name}), or delete it.`,
      }));
  },
};
