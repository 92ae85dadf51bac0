/** One thing wrong with a world file, located so an editor can underline it. */
export interface WorldProblem {
  /** JSON Pointer into the world (RFC 6901), e.g. /users/0/roles/1; "" for the whole file. */
  path: string;
  /** 1-based line and column in the file, when the world came from text. */
  line?: number;
  column?: number;
  message: string;
}

/** "line 3:5 (/users/0/roles): …"; a problem of the whole text shows no "/", which would mean nothing to a reader. */
export function formatProblem(problem: WorldProblem): string {
  const pointer = problem.path ? ` (${problem.path})` : '';
  if (problem.line)
    return `line ${problem.line}${problem.column ? `:${problem.column}` : ''}${pointer}: ${problem.message}`;
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
