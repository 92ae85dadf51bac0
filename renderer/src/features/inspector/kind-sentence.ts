import type { TokenKind } from '../../../../shared/inspect/token-kind';

/** "This is an opaque token." from the analysis' badge label; a malformed input is not called a token at all. */
export function kindSentence(kind: TokenKind, label: string): string {
  if (kind === 'malformed') return 'This is not a token Tokenscope can read.';
  const [first = '', ...rest] = label.split(' ');
  // Acronyms (JWT, ID) keep their case; ordinary words read lower-case mid-sentence.
  const name = [first === first.toUpperCase() ? first : first.toLowerCase(), ...rest].join(' ');
  return `This is ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}.`;
}
