import type { TokenAnalysis } from '../../../../shared/inspect/analyze-token';

export interface VerdictSentence {
  /** Drives the colour: only a verified, passing token is shown as a pass. */
  tone: 'pass' | 'fail' | 'unverified';
  headline: string;
  reason: string;
  fix?: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The inspector's verdict in words, from the same verdict the command line exits on. */
export function verdictSentence(analysis: Pick<TokenAnalysis, 'verdict' | 'checks'>): VerdictSentence {
  const { status, reason, fix } = analysis.verdict;
  const failed = analysis.checks.filter((c) => c.status === 'fail').length;
  const warned = analysis.checks.filter((c) => c.status === 'warn').length;
  const warnings = warned ? `, ${plural(warned, 'warning')}` : '';
  if (status === 'valid')
    return { tone: 'pass', headline: `valid: signature verified, no check failed${warnings}.`, reason: '' };
  // The failed rows follow right below, each with its message: the headline counts them.
  if (status === 'invalid')
    return { tone: 'fail', headline: `not valid: ${plural(failed, 'check')} failed${warnings}.`, reason: '' };
  return {
    tone: 'unverified',
    headline: `not verified${failed === 0 ? ' (no check failed, but that proves nothing yet)' : ''}.`,
    reason,
    fix,
  };
}
