import { describe, expect, it } from 'vitest';
import { ManagementTokenCache } from '../../electron/services/tenant/management-token-cache.js';

const ISSUER = 'https://tenant.logto.app/oidc';
const API = 'https://tenant.logto.app/api';
const APP = { clientId: 'reader-app', clientSecret: 'secret-1' };
const HOUR = 3600;
/** The read's bound: a token is reused only while it outlives a whole read. */
const MARGIN_MS = 300_000;

function cacheAt(now: { t: number }) {
  return new ManagementTokenCache(() => now.t, MARGIN_MS);
}

describe('a Management API token kept between reads', () => {
  it.each([
    { what: 'just obtained', after: 0, expiresIn: HOUR, reused: true },
    { what: 'with more than a read left', after: HOUR * 1000 - MARGIN_MS, expiresIn: HOUR, reused: true },
    { what: 'with less than a read left', after: HOUR * 1000 - MARGIN_MS + 1, expiresIn: HOUR, reused: false },
    { what: 'expired', after: HOUR * 1000 + 1, expiresIn: HOUR, reused: false },
    { what: 'shorter-lived than a read', after: 0, expiresIn: 60, reused: false },
    { what: 'without expires_in', after: 0, expiresIn: undefined, reused: false },
  ])('$what: reused $reused', ({ after, expiresIn, reused }) => {
    const now = { t: 1_000_000 };
    const cache = cacheAt(now);
    cache.set(ISSUER, APP, API, { accessToken: 'at-1', obtainedAt: now.t, ...(expiresIn ? { expiresIn } : {}) });
    now.t += after;
    expect(cache.get(ISSUER, APP, API)?.accessToken).toBe(reused ? 'at-1' : undefined);
  });

  it.each([
    { what: 'another secret of the same app', issuer: ISSUER, app: { ...APP, clientSecret: 'secret-2' }, api: API },
    { what: 'another app', issuer: ISSUER, app: { ...APP, clientId: 'other-app' }, api: API },
    { what: 'another tenant', issuer: 'https://other.logto.app/oidc', app: APP, api: API },
    { what: 'another resource', issuer: ISSUER, app: APP, api: 'https://custom.example.com/api' },
  ])('is not offered for $what', ({ issuer, app, api }) => {
    const now = { t: 0 };
    const cache = cacheAt(now);
    cache.set(ISSUER, APP, API, { accessToken: 'at-1', obtainedAt: 0, expiresIn: HOUR });
    expect(cache.get(issuer, app, api)).toBeUndefined();
  });

  it('says when it was obtained and when it runs out', () => {
    const cache = cacheAt({ t: 5_000 });
    cache.set(ISSUER, APP, API, { accessToken: 'at-1', grantedScope: 'all', obtainedAt: 4_000, expiresIn: HOUR });
    expect(cache.get(ISSUER, APP, API)).toEqual({
      accessToken: 'at-1',
      grantedScope: 'all',
      obtainedAt: 4_000,
      expiresAt: 4_000 + HOUR * 1000,
    });
  });

  it('is gone once dropped: one resource, or every token of the app (at one issuer or any)', () => {
    const cache = cacheAt({ t: 0 });
    const keep = (issuer: string, api: string) =>
      cache.set(issuer, APP, api, { accessToken: `${issuer} ${api}`, obtainedAt: 0, expiresIn: HOUR });
    const other = 'https://other.logto.app/oidc';
    const custom = 'https://custom.example.com/api';
    keep(ISSUER, API);
    keep(ISSUER, custom);
    keep(other, API);
    cache.drop(ISSUER, APP.clientId, API);
    expect(cache.get(ISSUER, APP, API)).toBeUndefined();
    expect(cache.get(ISSUER, APP, custom)).toBeDefined();
    cache.dropApp(APP.clientId, ISSUER);
    expect(cache.get(ISSUER, APP, custom)).toBeUndefined();
    expect(cache.get(other, APP, API)).toBeDefined();
    cache.dropApp(APP.clientId);
    expect(cache.get(other, APP, API)).toBeUndefined();
  });
});
