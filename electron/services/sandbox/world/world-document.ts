import { Composer, Lexer, Parser, YAMLParseError, type Document, type LineCounter } from 'yaml';
import type { WorldProblem } from '../../../../shared/sandbox/world-problem.js';
import { NestingCounter } from './world-nesting.js';

class TooDeep extends Error {
  constructor(readonly problem: WorldProblem) {
    super(problem.message);
  }
}

/**
 * The yaml package's parseDocument, taken apart as its Parser documents ("with a user-provided lexer") so that
 * nesting is counted on the tokens on their way to the parser: one pass over the text, and a refusal before the
 * parser or the composer ever see a level too deep. Either the document or the nesting problem.
 */
export function parseWorldDocument(
  text: string,
  lines: LineCounter,
): { doc: Document.Parsed } | { tooDeep: WorldProblem } {
  const nesting = new NestingCounter();
  const parser = new Parser(lines.addNewLine);
  function* tokens() {
    lines.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      const problem = nesting.next(lexeme);
      if (problem) throw new TooDeep(problem);
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  let doc: Document.Parsed | undefined;
  try {
    for (const next of new Composer({ uniqueKeys: true }).compose(tokens(), true, text.length)) {
      if (!doc) doc = next;
      else {
        // As parseDocument does: a world is one document.
        doc.errors.push(
          new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'),
        );
        break;
      }
    }
  } catch (error) {
    if (error instanceof TooDeep) return { tooDeep: error.problem };
    throw error;
  }
  // compose(…, forceDoc = true) always gives one, even for an empty text.
  return { doc: doc! };
}
