import type { TenantReadProblem } from '../tenant/read-problem.js';
import type { DoctorReport } from './run-doctor.js';

/**
 * The doctor's answer for one connection: the report, or (the tenant could not be read at all) why not. Its verdict
 * fails closed: `ok` only when every check ran on a tenant read whole and found no error.
 */
export interface DoctorResult {
  verdict: DoctorReport['verdict'];
  report?: DoctorReport;
  /** Why the tenant could not be read, with the fix; the verdict is then `not-verified`. */
  problem?: TenantReadProblem;
}

export function doctorResultOf(report: DoctorReport | undefined, problem?: TenantReadProblem): DoctorResult {
  if (!report) return { verdict: 'not-verified', ...(problem ? { problem } : {}) };
  return { verdict: report.verdict, report, ...(problem ? { problem } : {}) };
}
