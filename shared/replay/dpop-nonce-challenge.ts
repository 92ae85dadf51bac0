import { parseWwwAuthenticate } from './www-authenticate.js';

/** RFC 9449 §9: the API answered a DPoP challenge with `error="use_dpop_nonce"`: the proof must carry its nonce. */
export function asksForDpopNonce(wwwAuthenticate: string | null | undefined): boolean {
  return parseWwwAuthenticate(wwwAuthenticate).challenges.some(
    (c) => c.scheme.toLowerCase() === 'dpop' && c.params.error === 'use_dpop_nonce',
  );
}
