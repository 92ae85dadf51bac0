import { CST, Lexer } from 'yaml';
import { WORLD_LIMITS } from '../../../shared/sandbox/world-limits.js';
import type { WorldProblem } from '../../../shared/sandbox/world-problem.js';

/**
 * The first place where `text` nests deeper than WORLD_LIMITS.depth, found before the text is parsed: the yaml
 * package composes nodes recursively, so thousands of `[` or `{` overflow the stack or exhaust memory in it, out of
 * reach of any try. Its lexer is a flat loop, so the tokens are counted here (hand-written because no option of the
 * package bounds depth): brackets for flow collections, and a stack of indents for block ones, as YAML 1.2 §8
 * nests them. A block sequence at its parent key's indent is counted with the key: the count errs low, never high.
 */
export function nestingProblem(text: string): WorldProblem | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let column = 0;
  let atLineStart = true;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    const type: string | null = scalarNext ? 'scalar source' : CST.tokenType(token);
    scalarNext = type === 'scalar';
    // Markers the lexer adds (start of a document or scalar, end of a broken flow) take no room in the text.
    if (type === 'scalar' || type === 'doc-mode' || type === 'flow-error-end' || type === 'byte-order-mark') continue;
    if (type === 'doc-start') indents.length = 0;
    const structural = type === 'seq-item-ind' || type === 'explicit-key-ind' || (atLineStart && type !== 'space' && type !== 'newline' && type !== 'comment');
    if (flow === 0 && structural) {
      while (indents.length && indents[indents.length - 1]! >= column) indents.pop();
      indents.push(column);
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') flow += 1;
    if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow -= 1;
    if (indents.length + flow > WORLD_LIMITS.depth) {
      return {
        path: '',
        line,
        column: column + 1,
        message:
          `lists and maps nest more than ${WORLD_LIMITS.depth} levels deep here; a world needs about 6 ` +
          '(users → organizations → roles). Check for brackets that are opened and never closed, or flatten the data.',
      };
    }
    const newlines = token.split('\n').length - 1;
    if (newlines) {
      line += newlines;
      column = token.length - token.lastIndexOf('\n') - 1;
    } else column += token.length;
    atLineStart = token.endsWith('\n') || (atLineStart && type === 'space');
  }
  return undefined;
}
