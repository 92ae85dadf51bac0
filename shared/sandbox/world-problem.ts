/** One thing wrong with a world file, located so an editor can underline it. */
export interface WorldProblem {
  /** JSON Pointer into the world (RFC 6901), e.g. /users/0/roles/1; "" for the whole file. */
  path: string;
  /** 1-based line and column in the file, when the world came from text. */
  line?: number;
  column?: number;
  message: string;
}

export function formatProblem(problem: WorldProblem): string {
  const where = problem.line ? `line ${problem.line}${problem.column ? `:${problem.column}` : ''} (${problem.path || '/'})` : problem.path || '/';
  return `${where}: ${problem.message}`;
}
