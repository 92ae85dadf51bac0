/** Fields of a token response that let whoever holds them get new tokens: shown only when the user reveals them. */
import { maskValue } from '../security/masking/mask.js';

const LONG_LIVED_SECRETS = new Set(['refresh_token']);

/** Keeps enough of a secret to tell two apart, never enough to use one (the one mask, `maskValue`). */
export const maskSecret = maskValue;

export function maskTokenResponse(response: Record<string, unknown>): Record<string, unknown> {
  const masked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(response)) {
    if (typeof value === 'function') continue;
    masked[key] = LONG_LIVED_SECRETS.has(key) && typeof value === 'string' ? maskSecret(value) : value;
  }
  return masked;
}
