import type { DoctorFinding, DoctorRule } from './doctor-finding.js';
import type { Tenant, TenantCollection } from '../tenant/tenant.js';

/** What a rule that reports objects one by one says: which objects it flags, and the finding for each. */
export interface PerObjectRule<T> {
  id: string;
  title: string;
  needs: readonly TenantCollection[];
  flagged(tenant: Tenant): T[];
  finding(object: T): Omit<DoctorFinding, 'rule'>;
}

/** Most rules flag objects of a collection, one finding each; every finding names the rule that made it. */
export function findingPerObject<T>(rule: PerObjectRule<T>): DoctorRule {
  return {
    id: rule.id,
    title: rule.title,
    needs: rule.needs,
    check: (tenant) => rule.flagged(tenant).map((object) => ({ rule: rule.id, ...rule.finding(object) })),
  };
}
