import type { LineCounter, YAMLError } from 'yaml';
import type { WorldProblem } from '../../../../shared/sandbox/world-problem.js';

/** What the common YAML mistakes mean for a person writing a world, by the yaml package's error code. */
const HINTS: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'this key is already in the same map above: keep one of them',
  TAB_AS_INDENT: 'a tab indents this line: YAML indents with spaces only',
  MULTIPLE_DOCS:
    'a second document starts here (---): a world file holds one, so remove the --- or move the rest to its own file',
  MISSING_CHAR: 'a quote or bracket opened above is still not closed here',
  BAD_INDENT:
    'the indentation does not line up: items of one list or map start at the same column, and [ or { must be closed',
  BLOCK_AS_IMPLICIT_KEY: 'two "key:" on one line: put the inner map on the lines below, indented',
  BAD_SCALAR_START: 'a value cannot start with @ or `: put it in quotes',
  BAD_DQ_ESCAPE: 'a backslash escape in double quotes is not valid: use single quotes, or write \\\\ for a backslash',
};

/** A syntax error, located, in words for a person; the parser's own sentence follows for the specifics. */
export function yamlSyntaxProblem(error: YAMLError, lines: LineCounter): WorldProblem {
  const { line, col } = lines.linePos(error.pos[0]);
  const parser = error.message.split('\n')[0]!;
  const hint = HINTS[error.code] ?? 'the YAML (or JSON) cannot be read here';
  return {
    path: '',
    line,
    column: col,
    message: `${hint} (the parser says: ${parser}). Fix the syntax first; the world is checked once it reads.`,
  };
}
