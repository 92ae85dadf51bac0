import type { LessonProgress } from '../../../../shared/contract/lesson-progress';

export type LessonStatus = 'passed' | 'started' | 'new';

export function lessonStatus(progress: LessonProgress | undefined, id: string): LessonStatus {
  const state = progress?.lessons[id];
  if (state?.passedAt) return 'passed';
  return state?.startedAt ? 'started' : 'new';
}

export const STATUS_LABELS: Record<LessonStatus, string> = {
  passed: '✓ Passed',
  started: 'Started',
  new: 'Not started',
};

/** `{sandbox}` in a step's value: the sandbox's origin, its issuer without `/oidc`. */
export function withSandbox(value: string, issuer: string | undefined): string {
  const origin = issuer?.replace(/\/oidc\/?$/, '') ?? 'http://127.0.0.1:<sandbox port>';
  return value.replaceAll('{sandbox}', origin);
}
