import type { Tenant, TenantCollection } from '../tenant/tenant.js';

/**
 * What the tenant doctor reports. `error`: something a token or a user will trip on, or a risk to fix now (the
 * CLI exits 1); `warning`: likely a mistake, or a risk to accept knowingly; `info`: worth knowing, often fine.
 */
export type Severity = 'error' | 'warning' | 'info';

export type DoctorObjectKind =
  | 'API resource'
  | 'permission'
  | 'role'
  | 'application'
  | 'user'
  | 'organization'
  | 'organization role'
  | 'organization permission'
  | 'tenant';

/** One object a finding is about, as the tenant names it. */
export interface DoctorObject {
  kind: DoctorObjectKind;
  id: string;
  name: string;
}

export interface DoctorFinding {
  rule: string;
  severity: Severity;
  /** One line: what was found. */
  title: string;
  objects: DoctorObject[];
  /** Why it matters, in terms of the tokens the tenant issues. */
  why: string;
  /** What to change, where. */
  fix: string;
}

/** One check over a tenant: pure, and honest about the collections it needs to be right. */
export interface DoctorRule {
  id: string;
  /** What the rule looks for, e.g. "permissions no role grants". */
  title: string;
  /** Collections the rule reads; a read that left one out makes the rule "not checked", never "passed". */
  needs: readonly TenantCollection[];
  check(tenant: Tenant): DoctorFinding[];
}
