import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServices, type AppServices } from '../../electron/services/app-services.js';
import { signIn } from './sandbox-sign-in.js';

// The desktop app's in-app sign-in, with the window played by the HTTP sign-in driver: it follows the sandbox's
// real pages and stops at the redirect, as the window's will-redirect handler does.
describe('signing in inside the desktop app', () => {
  let services: AppServices;
  const opened: { authorizationUrl: string; redirectUri: string }[] = [];
  /** The next window the user closes before signing in, instead of finishing. */
  let closeNextWindow = false;

  beforeAll(async () => {
    services = await startAppServices({
      shell: 'electron',
      dataDir: mkdtempSync(join(tmpdir(), 'tokenscope-in-app-')),
      openSignInWindow: async (authorizationUrl, redirectUri) => {
        opened.push({ authorizationUrl, redirectUri });
        if (closeNextWindow) {
          closeNextWindow = false;
          throw new Error(
            'The sign-in window was closed before the provider redirected back. Start the flow again to retry.',
          );
        }
        return (await signIn(authorizationUrl, { user: 'ada' })).callback;
      },
    });
  });
  afterAll(() => services?.close());

  it('opens the window, catches the tokenscope:// redirect and finishes the flow', async () => {
    const started = await services.api.startAuthorization({
      connectionId: 'sandbox',
      clientId: 'tokenscope-native',
      resources: ['https://products.tokenscope.test'],
      scope: 'openid delete:products',
      tokenResource: 'https://products.tokenscope.test',
      inAppWindow: true,
    });
    expect(started).toMatchObject({ status: 'waiting', inAppWindow: true, redirectUri: 'tokenscope://callback' });
    expect(opened).toHaveLength(1);
    const answer = await services.api.awaitAuthorization({ state: (started as { state: string }).state });
    expect(answer.status).toBe('done');
    if (answer.status !== 'done') return;
    expect(answer.result.ok).toBe(true);
    if (!answer.result.ok) return;
    expect(answer.result.accessToken).toMatchObject({
      kind: 'jwt',
      payload: { sub: 'ada', aud: 'https://products.tokenscope.test' },
    });
  });

  it('fails the flow at once when the window is closed, and refuses a late redirect for it', async () => {
    closeNextWindow = true;
    const started = await services.api.startAuthorization({
      connectionId: 'sandbox',
      clientId: 'tokenscope-native',
      resources: [],
      scope: 'openid',
      inAppWindow: true,
    });
    expect(started.status).toBe('waiting');
    const state = (started as { state: string }).state;
    const begun = Date.now();
    const answer = await services.api.awaitAuthorization({ state });
    expect(Date.now() - begun).toBeLessThan(5_000);
    expect(answer).toMatchObject({
      status: 'done',
      result: {
        ok: false,
        error: {
          error: 'sign_in_window_closed',
          explanation: expect.stringMatching(/window was closed/),
          fix: expect.stringMatching(/Start the sign-in again/),
        },
      },
    });
    await expect(
      services.api.completeAuthorization({ callbackUrl: `tokenscope://callback?code=late&state=${state}` }),
    ).rejects.toThrow(/matches no sign-in/);
  });

  it('says the browser host has no in-app window', async () => {
    const web = await startAppServices({
      shell: 'browser-host',
      dataDir: mkdtempSync(join(tmpdir(), 'tokenscope-in-app-')),
    });
    try {
      await expect(
        web.api.startAuthorization({
          connectionId: 'sandbox',
          clientId: 'tokenscope-native',
          resources: [],
          scope: 'openid',
          inAppWindow: true,
        }),
      ).rejects.toThrow(/needs the desktop app/);
    } finally {
      await web.close();
    }
  });
});
