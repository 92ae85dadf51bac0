import { describe, expect, it } from 'vitest';
import { checkResourceIndicator } from '../../shared/request/resource-indicator.js';
import {
  buildAuthorizationUrl,
  checkAuthorizationRequest,
  type AuthorizationRequestDraft,
} from '../../shared/request/authorization-request.js';

const levels = (value: string) => checkResourceIndicator(value).map((f) => f.level);

describe('checkResourceIndicator (RFC 8707 §2)', () => {
  it('accepts absolute URIs, https and URNs alike', () => {
    expect(levels('https://api.example.com')).toEqual([]);
    expect(levels('urn:logto:resource:organizations')).toEqual([]);
    expect(levels('http://127.0.0.1:8080/api')).toEqual([]);
  });
  it('refuses what is not an absolute URI, and says how to fix it', () => {
    const [finding] = checkResourceIndicator('api.example.com');
    expect(finding).toMatchObject({ level: 'error', spec: 'RFC 8707 §2' });
    expect(finding!.message).toContain('https://api.example.com');
    expect(levels('/api')).toEqual(['error']);
    expect(levels('')).toEqual(['error']);
    expect(levels(' https://api.example.com')).toEqual(['error']);
  });
  it('refuses a fragment and warns about a query', () => {
    expect(levels('https://api.example.com/#x')).toEqual(['error']);
    expect(levels('https://api.example.com/?v=1')).toEqual(['warning']);
  });
  it('notes a non-loopback http indicator', () => {
    expect(levels('http://api.example.com')).toEqual(['info']);
  });
});

const draft: AuthorizationRequestDraft = {
  authorizationEndpoint: 'https://tenant.logto.app/oidc/auth',
  clientId: 'app',
  redirectUri: 'tokenscope://callback',
  scopes: ['openid', 'read:products'],
  resources: ['https://products.example', 'https://orders.example'],
};

describe('buildAuthorizationUrl', () => {
  it('sends resource once per value, with PKCE S256', () => {
    const url = new URL(buildAuthorizationUrl({ ...draft, codeChallenge: 'abc', state: 's', nonce: 'n' }));
    expect(url.searchParams.getAll('resource')).toEqual(['https://products.example', 'https://orders.example']);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('scope')).toBe('openid read:products');
    expect(url.searchParams.get('nonce')).toBe('n');
  });
  it('keeps extra parameters and leaves out what is unset', () => {
    const url = new URL(
      buildAuthorizationUrl({ ...draft, scopes: ['read:products'], extraParams: { ui_locales: 'de' } }),
    );
    expect(url.searchParams.get('ui_locales')).toBe('de');
    expect(url.searchParams.has('nonce')).toBe(false);
    expect(url.searchParams.has('prompt')).toBe(false);
  });
});

describe('checkAuthorizationRequest', () => {
  const messages = (d: Partial<AuthorizationRequestDraft>) =>
    checkAuthorizationRequest({ ...draft, ...d }).map((f) => f.message);
  it('warns that Logto drops offline_access without prompt=consent', () => {
    expect(messages({ scopes: ['openid', 'offline_access'] }).join()).toMatch(/drops it/);
    expect(messages({ scopes: ['openid', 'offline_access'], prompt: 'consent' }).join()).not.toMatch(/drops it/);
  });
  it('says an organization token needs the organizations scope', () => {
    expect(messages({ organizationId: 'acme' }).join()).toMatch(/urn:logto:scope:organizations/);
  });
  it('explains the opaque token of a request without resource', () => {
    expect(messages({ resources: [] }).join()).toMatch(/opaque/);
  });
  it('names the bad resource in its finding', () => {
    expect(messages({ resources: ['api.example.com'] })[0]).toMatch(/^api\.example\.com: .*absolute URI/);
  });
});
