import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle } from '../../electron/services/sandbox/sandbox-handle.js';

/** Inline event handlers and inline scripts a page's own CSP forbids: Chromium logs each as a console error. */
function forbiddenByOwnPolicy(html: string, policy: string): string[] {
  if (/script-src[^;]*'unsafe-inline'/.test(policy)) return [];
  const handlers = html.match(/\son[a-z]+\s*=\s*"[^"]*"/gi) ?? [];
  const scripts = html.match(/<script(?![^>]*\bsrc=)[^>]*>/gi) ?? [];
  return [...handlers, ...scripts];
}

describe("the sandbox's pages keep to their own Content-Security-Policy", () => {
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox?.close());

  it('the device page (RFC 8628 §3.3) has no inline handler', async () => {
    const response = await fetch(`${sandbox.issuer}/device`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    const html = await response.text();
    expect(html).toMatch(/name="user_code"/);
    expect(forbiddenByOwnPolicy(html, policy)).toEqual([]);
  });
});
