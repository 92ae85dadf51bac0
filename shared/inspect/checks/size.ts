import { check, type CheckResult } from '../check-result.js';

/** Most HTTP servers cap a request header around 8 KB (nginx, Node: 16 KB for all headers together). */
export const HEADER_SIZE_LIMIT = 8 * 1024;

const WHY =
  'A bearer token travels in the Authorization header, and servers refuse headers that are too large, usually with 431 or 400.';

/** RFC 6750 §2.1: the token goes in a header, so its size matters before anything else. */
export function checkSize(raw: string): CheckResult {
  const spec = 'RFC 6750 §2.1';
  if (raw.length > HEADER_SIZE_LIMIT) {
    return check(
      'size',
      'warn',
      `The token is ${raw.length} characters: many servers refuse headers over 8 KB. Put fewer claims in it.`,
      spec,
      WHY,
    );
  }
  return check('size', 'pass', `${raw.length} characters: fits in an Authorization header.`, spec, WHY);
}
