import type { DoctorResult } from './doctor-result.js';

const MARK = { error: '✗ error', warning: '! warning', info: '· note' } as const;

/** The doctor's result as plain text, for a terminal: verdict first, then each finding with why and fix. */
export function formatDoctorResult(result: DoctorResult): string {
  const lines: string[] = [];
  if (result.problem) lines.push(`Not verified: ${result.problem.message}`, `  Fix: ${result.problem.fix}`, '');
  const report = result.report;
  if (!report) return lines.join('\n').trimEnd();
  lines.push(report.summary, '');
  for (const finding of report.findings) {
    lines.push(`${MARK[finding.severity]}  ${finding.title}`);
    lines.push(
      `    ${finding.objects.map((o) => `${o.kind} ${o.name}${o.id !== o.name ? ` (${o.id})` : ''}`).join('; ')}`,
    );
    lines.push(`    Why: ${finding.why}`, `    Fix: ${finding.fix}`, '');
  }
  for (const skipped of report.notChecked)
    lines.push(`? not checked  ${skipped.title}: the read left out ${skipped.missing.join(', ')}`);
  for (const gap of report.gaps)
    lines.push(
      `? incomplete   ${gap.collection}${gap.of ? ` of ${gap.of}` : ''}${gap.total !== undefined ? ` (${gap.read ?? 0} of ${gap.total} read)` : ''}: ${gap.reason} ${gap.fix}`,
    );
  return lines.join('\n').trimEnd();
}
