/**
 * A `WWW-Authenticate` parser that never throws: a resource server's malformed header is something to show the
 * user, not a reason to lose the response.
 *
 * RFC 9110 §11.6.1:
 *   WWW-Authenticate = #challenge
 *   challenge  = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *   auth-param = token BWS "=" BWS ( token / quoted-string )
 * Challenges and their parameters are both comma-separated, so a comma followed by `token =` continues the
 * current challenge and a comma followed by a bare token starts the next one (RFC 9110 §11.6.1, last paragraph).
 */

export interface Challenge {
  /** As sent; compare case-insensitively (RFC 9110 §11.1). */
  scheme: string;
  /** Parameter names lower-cased (RFC 9110 §11.2: case-insensitive); quoted-string values unescaped. */
  params: Record<string, string>;
  token68?: string;
}

export interface ParsedWwwAuthenticate {
  challenges: Challenge[];
  /** What was wrong with the header, one sentence each; empty for a well-formed header. */
  problems: string[];
}

// RFC 9110 §5.6.2: tchar.
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// RFC 9110 §11.2: token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
const TOKEN68_CHAR = /[A-Za-z0-9\-._~+/]/;

class Cursor {
  position = 0;
  constructor(readonly text: string) {}
  get done(): boolean {
    return this.position >= this.text.length;
  }
  peek(): string {
    return this.text[this.position] ?? '';
  }
  skipWhitespace(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.position += 1;
  }
  skipSeparators(): void {
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === ',') this.position += 1;
  }
  read(pattern: RegExp): string {
    const start = this.position;
    while (!this.done && pattern.test(this.peek())) this.position += 1;
    return this.text.slice(start, this.position);
  }
}

/** RFC 9110 §5.6.4: quoted-string with quoted-pair escapes. The cursor sits on the opening quote. */
function readQuotedString(cursor: Cursor, problems: string[]): string {
  cursor.position += 1;
  let value = '';
  while (!cursor.done) {
    const char = cursor.peek();
    cursor.position += 1;
    if (char === '"') return value;
    if (char === '\\') {
      if (cursor.done) break;
      value += cursor.peek();
      cursor.position += 1;
    } else {
      value += char;
    }
  }
  problems.push(
    `A quoted value is never closed (${JSON.stringify(value.slice(0, 40))}…); the server sent a truncated or malformed header.`,
  );
  return value;
}

/** Looks ahead for `token BWS "="` not followed by another "=" (which would make it token68 padding). */
function atAuthParam(cursor: Cursor): boolean {
  const saved = cursor.position;
  const name = cursor.read(TCHAR);
  cursor.skipWhitespace();
  const isParam = name.length > 0 && cursor.peek() === '=' && cursor.text[cursor.position + 1] !== '=';
  cursor.position = saved;
  return isParam;
}

/** Skips to the next comma so one bad piece costs one parameter, not the whole header. */
function skipToComma(cursor: Cursor): void {
  while (!cursor.done && cursor.peek() !== ',') {
    if (cursor.peek() === '"') readQuotedString(cursor, []);
    else cursor.position += 1;
  }
}

function readParams(cursor: Cursor, challenge: Challenge, problems: string[]): void {
  for (;;) {
    const name = cursor.read(TCHAR).toLowerCase();
    cursor.skipWhitespace();
    cursor.position += 1; // "=", checked by atAuthParam
    cursor.skipWhitespace();
    let value: string;
    if (cursor.peek() === '"') {
      value = readQuotedString(cursor, problems);
    } else {
      value = cursor.read(TCHAR);
      if (!value) problems.push(`The parameter "${name}" of the ${challenge.scheme} challenge has no value.`);
    }
    // RFC 9110 §11.2: each parameter name occurs at most once per challenge; keep the first.
    if (name in challenge.params)
      problems.push(`The ${challenge.scheme} challenge repeats "${name}"; only the first value counts.`);
    else challenge.params[name] = value;
    cursor.skipWhitespace();
    if (cursor.done) return;
    if (cursor.peek() !== ',') {
      problems.push(
        `Unexpected ${JSON.stringify(cursor.peek())} after "${name}" in the ${challenge.scheme} challenge; parameters are separated by commas.`,
      );
      skipToComma(cursor);
      if (cursor.done) return;
    }
    // Empty list elements are allowed (RFC 9110 §5.6.1): skip every comma before deciding what comes next.
    const beforeSeparators = cursor.position;
    cursor.skipSeparators();
    if (cursor.done) return;
    if (!atAuthParam(cursor)) {
      cursor.position = beforeSeparators;
      return;
    }
  }
}

export function parseWwwAuthenticate(header: string | null | undefined): ParsedWwwAuthenticate {
  const challenges: Challenge[] = [];
  const problems: string[] = [];
  if (typeof header !== 'string') return { challenges, problems };
  const cursor = new Cursor(header);
  for (;;) {
    cursor.skipSeparators();
    if (cursor.done) break;
    const scheme = cursor.read(TCHAR);
    if (!scheme) {
      problems.push(
        `Expected an authentication scheme (such as Bearer) at ${JSON.stringify(header.slice(cursor.position, cursor.position + 20))}.`,
      );
      cursor.position += 1;
      skipToComma(cursor);
      continue;
    }
    const challenge: Challenge = { scheme, params: {} };
    challenges.push(challenge);
    const afterScheme = cursor.position;
    cursor.skipWhitespace();
    if (cursor.done || cursor.peek() === ',') continue;
    if (cursor.position === afterScheme) {
      problems.push(`The scheme "${scheme}" must be followed by a space before its parameters.`);
      skipToComma(cursor);
      continue;
    }
    if (atAuthParam(cursor)) {
      readParams(cursor, challenge, problems);
      continue;
    }
    const token68 = cursor.read(TOKEN68_CHAR) + cursor.read(/=/);
    cursor.skipWhitespace();
    if (token68 && (cursor.done || cursor.peek() === ',')) {
      challenge.token68 = token68;
      continue;
    }
    problems.push(
      `Could not read the parameters of the ${scheme} challenge near ${JSON.stringify(header.slice(cursor.position, cursor.position + 20))}.`,
    );
    skipToComma(cursor);
  }
  return { challenges, problems };
}
