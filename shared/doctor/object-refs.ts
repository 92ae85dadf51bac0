import type {
  TenantApplication,
  TenantOrganization,
  TenantOrganizationRole,
  TenantResource,
  TenantRole,
  TenantUser,
} from '../tenant/tenant.js';
import type { DoctorObject } from './doctor-finding.js';

/** The objects a finding names, each with the name people know it by and the id to find it. */
export const resourceRef = (r: TenantResource): DoctorObject => ({
  kind: 'API resource',
  id: r.indicator,
  name: r.name,
});
export const roleRef = (r: TenantRole): DoctorObject => ({ kind: 'role', id: r.id, name: r.name });
export const appRef = (a: TenantApplication): DoctorObject => ({ kind: 'application', id: a.id, name: a.name });
export const userRef = (u: TenantUser): DoctorObject => ({
  kind: 'user',
  id: u.id,
  name: u.username ?? u.name ?? u.email ?? u.id,
});
export const organizationRef = (o: TenantOrganization): DoctorObject => ({
  kind: 'organization',
  id: o.id,
  name: o.name,
});
export const organizationRoleRef = (r: TenantOrganizationRole): DoctorObject => ({
  kind: 'organization role',
  id: r.id,
  name: r.name,
});
