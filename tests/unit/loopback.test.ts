import { describe, expect, it } from 'vitest';
import { isLoopbackUrl } from '../../shared/net/loopback.js';

describe('isLoopbackUrl', () => {
  it.each(['http://127.0.0.1:3001/oidc', 'http://localhost/oidc', 'http://[::1]:8080/', 'http://127.5.6.7/'])(
    'allows %s',
    (url) => {
      expect(isLoopbackUrl(url)).toBe(true);
    },
  );
  it.each([
    'http://127.0.0.1.evil.example/',
    'http://localhost.evil.example/',
    'https://tenant.logto.app/oidc',
    'http://10.0.0.1/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isLoopbackUrl(url)).toBe(false);
  });
});
