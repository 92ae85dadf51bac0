import { describe, expect, it } from 'vitest';
import {
  grantedScopes,
  intersectScopes,
  scopeWords,
  type GrantedScopesInput,
} from '../../shared/oauth/granted-scopes.js';
import { organizationAudience, organizationOfAudiences } from '../../shared/oauth/reserved-resources.js';
import { isIdentityScope } from '../../shared/oauth/reserved-scopes.js';

describe('scopeWords (RFC 6749 §3.3: space-separated, case-sensitive, a set)', () => {
  it.each<[string, unknown, string[] | undefined]>([
    ['absent', undefined, undefined],
    ['not a string', ['read'], undefined],
    ['a number', 42, undefined],
    ['empty string: present, grants nothing', '', []],
    ['one scope', 'read', ['read']],
    ['several, in order', 'b a c', ['b', 'a', 'c']],
    ['extra spaces', '  a   b ', ['a', 'b']],
    ['duplicates once, first place kept', 'a b a', ['a', 'b']],
    ['case kept: Read and read differ', 'Read read', ['Read', 'read']],
  ])('%s', (_name, value, expected) => {
    expect(scopeWords(value)).toEqual(expected);
  });
});

describe('intersectScopes (the sandbox: requested ∩ what the roles hold)', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      'all held',
      ['read:products', 'write:products'],
      ['write:products', 'read:products'],
      ['read:products', 'write:products'],
    ],
    ['some held, request order kept', ['c', 'a', 'b'], ['b', 'c'], ['c', 'b']],
    ['none held', ['a'], [], []],
    ['nothing requested', [], ['a'], []],
    ['duplicates requested come back once', ['a', 'a', 'b'], ['a', 'b'], ['a', 'b']],
    ['case-sensitive', ['Read'], ['read'], []],
    ['only openid kept (token exchange without resource)', ['openid', 'profile'], ['openid'], ['openid']],
  ])('%s', (_name, requested, allowed, expected) => {
    expect(intersectScopes(requested, allowed)).toEqual(expected);
    expect(intersectScopes(requested, new Set(allowed))).toEqual(expected);
  });
});

describe('grantedScopes: the answer, else the token, else assumed as requested (RFC 6749 §5.1)', () => {
  it.each<
    [string, GrantedScopesInput, { scopes: string[]; requestedAndGranted: string[]; dropped: string[]; source: string }]
  >([
    [
      'dropped, said by the response',
      { requested: 'read:products write:products', responseScope: 'read:products', tokenScope: 'read:products' },
      {
        scopes: ['read:products'],
        requestedAndGranted: ['read:products'],
        dropped: ['write:products'],
        source: 'response',
      },
    ],
    [
      'dropped, said only by the token claim (RFC 9068 §2.2.3)',
      { requested: 'read:products write:products', tokenScope: 'read:products' },
      {
        scopes: ['read:products'],
        requestedAndGranted: ['read:products'],
        dropped: ['write:products'],
        source: 'token',
      },
    ],
    [
      'the response wins over the token claim',
      { requested: 'a b', responseScope: 'a b', tokenScope: 'a' },
      { scopes: ['a', 'b'], requestedAndGranted: ['a', 'b'], dropped: [], source: 'response' },
    ],
    [
      'an empty response scope is present and grants nothing',
      { requested: 'read:products', responseScope: '', tokenScope: 'read:products' },
      { scopes: [], requestedAndGranted: [], dropped: ['read:products'], source: 'response' },
    ],
    [
      'an empty token claim is present and grants nothing',
      { requested: 'read:products', tokenScope: '' },
      { scopes: [], requestedAndGranted: [], dropped: ['read:products'], source: 'token' },
    ],
    [
      'neither: assumed as requested, and said so',
      { requested: 'read:products' },
      { scopes: ['read:products'], requestedAndGranted: ['read:products'], dropped: [], source: 'request' },
    ],
    [
      'a non-string scope counts as absent',
      { requested: ['a'], responseScope: ['a'], tokenScope: 7 },
      { scopes: ['a'], requestedAndGranted: ['a'], dropped: [], source: 'request' },
    ],
    [
      'everything granted in another order',
      { requested: 'read:products write:products', responseScope: 'write:products read:products' },
      {
        scopes: ['write:products', 'read:products'],
        requestedAndGranted: ['read:products', 'write:products'],
        dropped: [],
        source: 'response',
      },
    ],
    [
      'more granted than asked (RFC 6749 §3.3)',
      { requested: 'a', responseScope: 'a extra' },
      { scopes: ['a', 'extra'], requestedAndGranted: ['a'], dropped: [], source: 'response' },
    ],
    [
      'duplicates on both sides count once',
      { requested: ['a', 'a', 'b'], responseScope: 'a a' },
      { scopes: ['a'], requestedAndGranted: ['a'], dropped: ['b'], source: 'response' },
    ],
    [
      'scopes are case-sensitive',
      { requested: 'Read:Products', responseScope: 'read:products' },
      { scopes: ['read:products'], requestedAndGranted: [], dropped: ['Read:Products'], source: 'response' },
    ],
    [
      'nothing requested, nothing said',
      { requested: '' },
      { scopes: [], requestedAndGranted: [], dropped: [], source: 'request' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(grantedScopes(input)).toEqual(expected);
  });
});

describe('isIdentityScope: OpenID Connect and Logto scopes are not API permissions', () => {
  it.each<[string, boolean]>([
    ['openid', true],
    ['offline_access', true],
    ['profile', true],
    ['email', true],
    ['phone', true],
    ['address', true],
    ['custom_data', true],
    ['identities', true],
    ['roles', true],
    ['urn:logto:scope:organizations', true],
    ['urn:logto:scope:organization_roles', true],
    ['urn:logto:scope:sessions', true],
    ['read:products', false],
    ['OpenID', false],
    ['Profile', false],
    ['', false],
    // An object's own keys once passed as "special" through `in`; a Set lookup does not.
    ['toString', false],
    ['constructor', false],
  ])('%s → %s', (scope, expected) => {
    expect(isIdentityScope(scope)).toBe(expected);
  });
});

describe('organization audiences (Logto organization tokens)', () => {
  it.each<[string, string[] | undefined, string | undefined]>([
    ['an organization audience', ['urn:logto:organization:org1'], 'org1'],
    ['after an API audience', ['https://api.example.com', 'urn:logto:organization:o-2'], 'o-2'],
    ['no organization audience', ['https://api.example.com'], undefined],
    ['no audience', undefined, undefined],
    ['the prefix must match exactly', ['urn:logto:organizations:org1'], undefined],
  ])('%s', (_name, audiences, expected) => {
    expect(organizationOfAudiences(audiences)).toBe(expected);
  });

  it('builds the audience it reads back', () => {
    expect(organizationOfAudiences([organizationAudience('acme')])).toBe('acme');
  });
});

describe('shared/oauth stays free to import', () => {
  it('imports nothing, so the command line loads it at start without pulling openid-client', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const folder = new URL('../../shared/oauth/', import.meta.url);
    const files = (await readdir(folder)).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = await readFile(new URL(name, folder), 'utf8');
      expect({ name, imports: /^\s*(import|export)\b[^;]*\bfrom\s/m.test(text) }).toEqual({ name, imports: false });
    }
  });
});
