import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import type { World } from '../../shared/sandbox/world.js';
import { consentPage, signInPage } from '../../electron/services/sandbox/pages/interaction-pages.js';

function world(): World {
  return parseYaml(DEFAULT_WORLD_YAML) as World;
}

describe('sandbox sign-in and consent pages', () => {
  it('escapes what the world file says, so a name cannot inject markup', () => {
    const w = world();
    w.users[0]!.name = '<script>alert(1)</script>';
    const html = signInPage(w, 'uid"><b>', 'App <i>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"><b>');
    expect(html).toContain('&#60;script&#62;');
  });

  it('lists every user with their roles, and "no role" for a user without one', () => {
    const html = signInPage(world(), 'abc', 'Tokenscope');
    expect(html).toContain('roles: Admin');
    expect(html).toContain('no role');
    expect(html).toContain('action="/interaction/abc/login"');
  });

  it('marks the scopes the user holds no role for', () => {
    const w = world();
    const html = consentPage(w, {
      uid: 'abc',
      clientName: 'Tokenscope',
      user: w.users.find((u) => u.id === 'vera')!,
      oidcScopes: ['openid'],
      resourceScopes: { 'https://products.tokenscope.test': ['read:products', 'delete:products'] },
    });
    expect(html).toMatch(/delete:products.*vera has no role granting this/s);
    expect(html).not.toMatch(/read:products<\/code>[^<]*<span class="muted">[^<]*<\/span> <span class="lacks">/);
  });
});
