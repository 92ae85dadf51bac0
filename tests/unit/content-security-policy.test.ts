import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy.js';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d] as const),
  );

// A page loaded from file:// (the desktop app) has only the meta tag; it must not drift from the header policy.
describe("the renderer's meta Content-Security-Policy", () => {
  const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

  it('exists', () => {
    expect(meta).toBeTruthy();
  });

  it('says exactly what the header policy says for every directive it carries', () => {
    const header = directives(CONTENT_SECURITY_POLICY);
    for (const [name, directive] of directives(meta!)) expect(header.get(name), name).toBe(directive);
  });

  it('allows no inline script and no eval', () => {
    expect(directives(meta!).get('script-src')).toBe("script-src 'self'");
  });
});
