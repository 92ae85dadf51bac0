import type { Tenant, TenantCollection, TenantGap } from '../tenant/tenant.js';
import { tenantSourceName } from '../explain/scope-roles-from-tenant.js';
import type { DoctorFinding, DoctorRule, Severity } from './doctor-finding.js';
import { DOCTOR_RULES } from './all-rules.js';

export interface DoctorReport {
  /** Where the tenant was read: "the sandbox world", "the tenant https://… (read at …)". */
  source: string;
  readAt: string;
  complete: boolean;
  /** What the read left out (empty when complete). */
  gaps: TenantGap[];
  findings: DoctorFinding[];
  /** Rules run on collections read whole. */
  checked: { rule: string; title: string }[];
  /** Rules not run because the read left out a collection they need: not a pass. */
  notChecked: { rule: string; title: string; missing: TenantCollection[] }[];
  counts: Record<Severity, number>;
  /** `errors`: a finding of severity error; `not-verified`: the read was partial; `ok`: neither. */
  verdict: 'ok' | 'errors' | 'not-verified';
  summary: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function missingFor(rule: DoctorRule, gaps: readonly TenantGap[]): TenantCollection[] {
  return [...new Set(gaps.map((gap) => gap.collection).filter((collection) => rule.needs.includes(collection)))];
}

function summaryOf(report: Omit<DoctorReport, 'summary'>): string {
  const { error, warning, info } = report.counts;
  const counts = `${error} error(s), ${warning} warning(s), ${info} note(s)`;
  if (report.verdict === 'ok') return `${report.checked.length} checks on ${report.source}: ${counts}.`;
  const partial = report.complete
    ? ''
    : ` Not verified: the read was partial, so ${report.notChecked.length} check(s) did not run (${report.gaps
        .map((gap) => gap.collection)
        .join(', ')} incomplete); read the tenant again.`;
  return `${report.checked.length} checks on ${report.source}: ${counts}.${partial}`;
}

/**
 * The tenant doctor: every rule over one tenant, pure. Fails closed: a rule whose collections were not read whole is
 * listed as not checked, and a partial read is never "ok".
 */
export function runDoctor(tenant: Tenant, rules: readonly DoctorRule[] = DOCTOR_RULES): DoctorReport {
  const gaps = tenant.completeness.complete ? [] : tenant.completeness.gaps;
  const checked: DoctorReport['checked'] = [];
  const notChecked: DoctorReport['notChecked'] = [];
  const findings: DoctorFinding[] = [];
  for (const rule of rules) {
    const missing = missingFor(rule, gaps);
    if (missing.length) {
      notChecked.push({ rule: rule.id, title: rule.title, missing });
      continue;
    }
    checked.push({ rule: rule.id, title: rule.title });
    findings.push(...rule.check(tenant));
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const complete = tenant.completeness.complete;
  const verdict = counts.error > 0 ? 'errors' : complete ? 'ok' : 'not-verified';
  const report = {
    source: tenantSourceName(tenant),
    readAt: tenant.readAt,
    complete,
    gaps,
    findings,
    checked,
    notChecked,
    counts,
    verdict,
  } as const;
  return { ...report, summary: summaryOf(report) };
}
