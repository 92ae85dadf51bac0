import { describe, expect, it } from 'vitest';
import { maskSecret, maskTokenResponse } from '../../shared/token/mask-token-response.js';

describe('masking', () => {
  it('keeps a recognisable prefix and the length, never the secret', () => {
    const secret = 'rt_abcdefghijklmnopqrstuvwxyz0123456789';
    const masked = maskSecret(secret);
    expect(masked.startsWith('rt_a')).toBe(true);
    expect(masked).toContain(`${secret.length} chars`);
    expect(masked).not.toContain(secret.slice(4, 12));
  });

  it('hides short secrets entirely', () => {
    expect(maskSecret('abc')).toBe('•••');
  });

  it('masks refresh tokens in a token response and drops helper functions', () => {
    const masked = maskTokenResponse({
      access_token: 'at',
      refresh_token: 'refresh-token-value-123',
      expires_in: 3600,
      claims: () => ({}),
    });
    expect(masked).toEqual({
      access_token: 'at',
      refresh_token: maskSecret('refresh-token-value-123'),
      expires_in: 3600,
    });
  });
});
