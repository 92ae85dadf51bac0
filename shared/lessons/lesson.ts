/**
 * A guided lesson as data: what to reach, the idea in plain words with the public page it comes from, what to do in
 * the app, and a check that reads only what the session really got (tokens, API answers). Pure: no I/O, no clock.
 */
import type { LessonEvidence } from './lesson-evidence.js';
import type { LessonId } from './lesson-ids.js';

/** The app's views a step points to (the renderer's `View`, named here so shared code need not import it). */
export type LessonView = 'request' | 'inspect' | 'compare' | 'replay' | 'sandbox';

/** A value the step asks the user to pick or type, shown as code so it can be copied (and read by the e2e tests). */
export interface StepValue {
  /** What the value is for, e.g. "resource", "scope", "user". */
  name: string;
  /** `{sandbox}` stands for the sandbox's origin (its issuer without `/oidc`). */
  value: string;
}

export interface LessonStep {
  view: LessonView;
  /** One instruction, in the words of the app's own labels. */
  text: string;
  values?: StepValue[];
}

export interface LessonSource {
  title: string;
  /** A public Logto docs page (docs.logto.io). */
  url: string;
}

/** One thing the check looks for, met or not, with what the session showed. */
export interface Criterion {
  label: string;
  met: boolean;
  /** Which token or answer met it, or what is still missing and how to get it. */
  detail: string;
}

export interface LessonCheck {
  passed: boolean;
  criteria: Criterion[];
}

export interface Lesson {
  /** Stable: progress is kept under it. */
  id: LessonId;
  title: string;
  goal: string;
  /** The concept, a few short paragraphs in our own words. */
  concept: string[];
  source: LessonSource;
  /** The sandbox world the steps assume: the default one (reset brings it back, undo restores the user's). */
  world: 'default';
  steps: LessonStep[];
  check(evidence: LessonEvidence): LessonCheck;
}

/** A check from its criteria: passed only when every one is met. */
export function checkOf(criteria: Criterion[]): LessonCheck {
  return { passed: criteria.length > 0 && criteria.every((c) => c.met), criteria };
}

/**
 * One criterion from what the check found for it: met when something was found, and its detail says so in the
 * lessons' two words, "Yes: <what showed it>" or "Not yet: <how to get it>".
 */
export function criterion<T>(
  label: string,
  found: T | undefined,
  yes: (found: T) => string,
  notYet: string,
): Criterion {
  return found === undefined
    ? { label, met: false, detail: `Not yet: ${notYet}` }
    : { label, met: true, detail: `Yes: ${yes(found)}` };
}

/** A step's values in the order shown; a list is one value a line (several scopes, several resources). */
export function stepValues(values: Record<string, string | string[]>): StepValue[] {
  return Object.entries(values).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })),
  );
}

/** Every lesson's source is a public Logto docs page: its title after "Logto docs:", and its path on docs.logto.io. */
export function logtoDocs(title: string, path: string): LessonSource {
  return { title: `Logto docs: ${title}`, url: `https://docs.logto.io/${path}` };
}
