/**
 * What the inspector refuses to judge, stated once: the CLI, the contract's inspectToken schema and the analysis all
 * read these. A bearer token travels in a header that servers cap at 8–16 KB (RFC 6750 §2.1), so 64 KB is eight
 * times what any server would accept; beyond it the input is not a token, and reading it only costs memory.
 */
export const TOKEN_SIZE_LIMIT = 64 * 1024;

/**
 * Claims nest a few levels (Logto's organization claims: 2). Printing, comparing and explaining claims walk them
 * recursively, so anything deeper than this is refused before any walk rather than allowed to overflow the stack.
 */
export const CLAIM_DEPTH_LIMIT = 32;

/** Says the limit, not the length: a reader may have stopped reading at the limit. */
export function sizeRefusal(): string {
  return (
    `the input is over the limit of ${TOKEN_SIZE_LIMIT / 1024} KB that Tokenscope inspects. No server accepts ` +
    'a bearer token that large in a header (they stop at 8–16 KB); check that you passed the token and not a file ' +
    'or a response body.'
  );
}

export function depthRefusal(part: 'header' | 'payload'): string {
  return (
    `the ${part} is nested deeper than ${CLAIM_DEPTH_LIMIT} levels. No issuer writes claims like that; the ` +
    'token was made to crash whatever reads it. Reject it.'
  );
}
