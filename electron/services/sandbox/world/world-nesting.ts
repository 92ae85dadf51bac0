import { CST } from 'yaml';
import { WORLD_LIMITS } from '../../../../shared/sandbox/world-limits.js';
import type { WorldProblem } from '../../../../shared/sandbox/world-problem.js';

/**
 * Counts how deep lists and maps nest, token by token as the lexer hands them to the parser, and gives the first
 * place deeper than WORLD_LIMITS.depth. The yaml package composes nodes recursively (thousands of `[` overflow the
 * stack or exhaust memory out of reach of any try) and its parser slows quadratically with depth; no option of the
 * package bounds depth, hence this. Brackets count for flow collections, a stack of indents for block ones, as
 * YAML 1.2 §8 nests them. A block sequence at its parent key's indent is counted with the key: the count errs low.
 */
export class NestingCounter {
  private indents: number[] = [];
  private flow = 0;
  private line = 1;
  private column = 0;
  private atLineStart = true;
  private scalarNext = false;

  /** The problem once `token` (the lexer's next) goes too deep; undefined while it does not. */
  next(token: string): WorldProblem | undefined {
    const type: string | null = this.scalarNext ? 'scalar source' : CST.tokenType(token);
    this.scalarNext = type === 'scalar';
    // Markers the lexer adds (start of a document or scalar, end of a broken flow) take no room in the text.
    if (type === 'scalar' || type === 'doc-mode' || type === 'flow-error-end' || type === 'byte-order-mark')
      return undefined;
    if (type === 'doc-start') this.indents.length = 0;
    const blank = type === 'space' || type === 'newline' || type === 'comment';
    if (this.flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind' || (this.atLineStart && !blank))) {
      while (this.indents.length && this.indents[this.indents.length - 1]! >= this.column) this.indents.pop();
      this.indents.push(this.column);
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') this.flow += 1;
    if ((type === 'flow-seq-end' || type === 'flow-map-end') && this.flow > 0) this.flow -= 1;
    if (this.indents.length + this.flow > WORLD_LIMITS.depth) {
      return {
        path: '',
        line: this.line,
        column: this.column + 1,
        message:
          `lists and maps nest more than ${WORLD_LIMITS.depth} levels deep here; a world needs about 6 ` +
          '(users → organizations → roles). Check for brackets that are opened and never closed, or flatten the data.',
      };
    }
    const lastNewline = token.lastIndexOf('\n');
    if (lastNewline >= 0) {
      for (let i = 0; i <= lastNewline; i += 1) if (token.charCodeAt(i) === 10) this.line += 1;
      this.column = token.length - lastNewline - 1;
    } else this.column += token.length;
    this.atLineStart = lastNewline === token.length - 1 || (this.atLineStart && type === 'space');
    return undefined;
  }
}
