import { afterEach } from 'vitest';
import { takePageProblems } from '../support/page-problems.js';

// A console error or an uncaught error on any page is a failure of the test that was running (issue 18).
afterEach(() => {
  const problems = takePageProblems();
  if (problems.length > 0) {
    throw new Error(`${problems.length} console or page error(s) while this test ran:\n${problems.join('\n')}`);
  }
});
