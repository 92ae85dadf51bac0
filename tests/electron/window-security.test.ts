import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from '../../electron/main/with-content-security-policy.js';
import { permissionAllowed, restrictPermissions } from '../../electron/main/permissions.js';
import { FakeSession } from './stand-in/electron.js';
import { mainWindowOptions, secureWebPreferences, signInWindowOptions } from '../../electron/main/window-options.js';
import type { WebPreferences } from 'electron';

// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item: what each window
// must have, whatever its caller asks for.
const CHECKLIST: [keyof WebPreferences, boolean, string][] = [
  ['contextIsolation', true, '3. Enable context isolation'],
  ['sandbox', true, '4. Enable process sandboxing'],
  ['nodeIntegration', false, '2. Do not enable Node.js integration for remote content'],
  ['nodeIntegrationInWorker', false, '2. ... nor in workers'],
  ['nodeIntegrationInSubFrames', false, '2. ... nor in sub-frames'],
  ['webSecurity', true, '6. Do not disable webSecurity'],
  ['allowRunningInsecureContent', false, '8. Do not enable allowRunningInsecureContent'],
  ['webviewTag', false, '12. Verify WebView options before creation (no <webview> at all)'],
];
const SECURE = Object.fromEntries(CHECKLIST.map(([name, value]) => [name, value]));

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

describe('web preferences of every window', () => {
  it('the main window: isolated, sandboxed, no Node, with the CommonJS preload', () => {
    const options = mainWindowOptions({
      preloadPath: '/app/out/preload/index.cjs',
      bounds: { width: 1000, height: 700 },
    });
    expect(options.webPreferences).toMatchObject({ ...SECURE, preload: '/app/out/preload/index.cjs' });
    expect(options.show).toBe(false);
  });

  it('the sign-in window: same hardening, no preload, its own partition', () => {
    const options = signInWindowOptions({ partition: 'tokenscope-sign-in' });
    expect(options.webPreferences).toMatchObject({ ...SECURE, partition: 'tokenscope-sign-in' });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences?.partition?.startsWith('persist:')).toBe(false);
  });

  it('callers cannot weaken the defaults through the extra options', () => {
    const sneaky = { preload: '/p.cjs', sandbox: false, nodeIntegration: true } as Parameters<
      typeof secureWebPreferences
    >[0];
    expect(secureWebPreferences(sneaky)).toMatchObject(SECURE);
  });
});

describe('Content-Security-Policy', () => {
  it('is strict and lets Monaco run (blob: workers, inline styles, data: fonts)', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it('relaxes only script-src and connect-src for the dev server', () => {
    const dev = directives(DEV_CONTENT_SECURITY_POLICY);
    const prod = directives(CONTENT_SECURITY_POLICY);
    expect(dev.get('script-src')).toContain("'unsafe-inline'");
    for (const [name, values] of prod) {
      if (name !== 'script-src' && name !== 'connect-src') expect(dev.get(name)).toEqual(values);
    }
  });

  it('replaces any policy a response brought, whatever its header case', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('permissions', () => {
  it('grants clipboard writes only', () => {
    expect(permissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fullscreen',
    ]) {
      expect(permissionAllowed(permission)).toBe(false);
    }
  });

  it('applies the policy to a session, requests and checks alike', () => {
    const session = new FakeSession('tokenscope-sign-in');
    restrictPermissions(session);
    const answers: boolean[] = [];
    session.permissionRequestHandler?.(null, 'notifications', (granted) => answers.push(granted));
    session.permissionRequestHandler?.(null, 'clipboard-sanitized-write', (granted) => answers.push(granted));
    expect(answers).toEqual([false, true]);
    expect(session.permissionCheckHandler?.(null, 'geolocation')).toBe(false);
  });
});
