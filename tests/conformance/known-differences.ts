/**
 * Every way the sandbox still answers differently from the recorded Logto v1.36.0, beyond the random values of
 * normalize.ts. Each row is checked both ways by the suite: the recording must say `logto` and the sandbox must say
 * `sandbox`, so fixing the sandbox (or a row that no longer holds) fails a test until the row goes.
 */
export interface KnownDifference {
  /** Recorded scenario names, or a pattern over them. */
  scenarios: string[] | RegExp;
  /** Where in the compared form (normalize.ts), e.g. ['body', 'message']. */
  path: (string | number)[];
  /** What Logto answered there (undefined: absent). */
  logto: unknown;
  /** What the sandbox answers there (undefined: absent). */
  sandbox: unknown;
  reason: string;
}

export const KNOWN_DIFFERENCES: KnownDifference[] = [];
