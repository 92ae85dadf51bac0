import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithApp } from '../support/app-suite.js';
import { signInInTab } from '../support/app-page.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';

/** The default world with registration open (RFC 7591) and the orders API taking DPoP-bound tokens only. */
function world(): string {
  const orders = '  - indicator: https://orders.tokenscope.test\n    name: Orders API\n';
  expect(DEFAULT_WORLD_YAML).toContain(orders);
  return `${DEFAULT_WORLD_YAML.replace(orders, `${orders}    dpopBoundAccessTokensRequired: true\n`)}
dynamicClientRegistration: true
`;
}

const step = (page: Page, id: string) => page.getByTestId(`discovery-step-${id}`);

async function waitForStatus(page: Page, id: string, status: string): Promise<void> {
  await page.locator(`[data-testid="discovery-step-${id}"][data-status="${status}"]`).waitFor();
}

/** Types the URL and follows it to the authorization server's metadata (or to the step that broke). */
async function discover(page: Page, url: string): Promise<void> {
  await page.getByTestId('tab-discover').click();
  const steps = page.getByTestId('discovery-steps');
  const before = (await steps.count()) ? await steps.getAttribute('data-chain') : null;
  await page.getByTestId('discovery-url').fill(url);
  await page.getByTestId('discovery-start').click();
  await page.waitForFunction((previous) => {
    const list = document.querySelector('[data-testid="discovery-steps"]');
    if (!list || list.getAttribute('data-chain') === previous) return false;
    const statuses = [...list.querySelectorAll('li')].map((li) => li.getAttribute('data-status'));
    return statuses.includes('failed') || statuses[4] === 'done';
  }, before);
}

/** Signs in as vera in the tab the app opens, and waits for the chain's last call. */
async function signInAndCall(page: Page): Promise<void> {
  // Each sign-in starts without the sandbox's session cookie, so its sign-in page shows every time.
  await page.context().clearCookies();
  await signInInTab(page, 'vera', { button: 'discovery-sign-in' });
  await page.waitForFunction(() =>
    ['done', 'failed'].includes(
      document.querySelector('[data-testid="discovery-step-call-with-token"]')?.getAttribute('data-status') ?? '',
    ),
  );
}

describeWithApp('Start from an API, in Chromium against the sandbox', { world }, (app) => {
  const origin = () => app.web.ready.issuer.replace(/\/oidc$/, '');

  it('with registration on and no saved client: registers one, signs in for the API, calls it', async () => {
    const { page } = app;
    await discover(page, `${origin()}/sample-api/products`);
    expect(await page.getByTestId('discovery-resource').textContent()).toBe(`${origin()}/sample-api/products`);
    await page.getByTestId('discovery-client').selectOption('register');
    await signInAndCall(page);
    for (const id of ['client', 'sign-in', 'call-with-token']) await waitForStatus(page, id, 'done');
    await expect.poll(() => step(page, 'client').textContent()).toContain('Registered');
    // Every step drawn: the API's and the server's requests in the diagram, and each in the timeline.
    expect(await page.getByTestId('sequence-arrow').count()).toBeGreaterThan(10);
    expect(await page.getByTestId('timeline').locator('li').count()).toBeGreaterThan(5);
  });

  it('with a saved client: the sandbox app the user picks, no registration', async () => {
    const { page } = app;
    await discover(page, `${origin()}/sample-api/products`);
    const options = await page.getByTestId('discovery-client').locator('option').allTextContents();
    const native = options.findIndex((label) => label.includes('tokenscope-native'));
    expect(native, options.join(' | ')).toBeGreaterThanOrEqual(0);
    await page.getByTestId('discovery-client').selectOption({ index: native });
    await signInAndCall(page);
    await waitForStatus(page, 'call-with-token', 'done');
    await expect.poll(() => step(page, 'client').textContent()).toContain('saved client tokenscope-native');
  });

  it('with DPoP required by the metadata: signs in with DPoP and calls with a proof', async () => {
    const { page } = app;
    await discover(page, `${origin()}/sample-api/orders`);
    expect(await page.getByTestId('discovery-view').textContent()).toContain('required: the sign-in binds its tokens');
    await signInAndCall(page);
    await waitForStatus(page, 'call-with-token', 'done');
    await expect.poll(() => step(page, 'sign-in').textContent()).toMatch(/token_type dpop/i);
    await expect.poll(() => step(page, 'call-with-token').textContent()).toContain('accepted the DPoP token');
  });

  it("Call an API: a 401's resource_metadata is followed from the challenge's explanation", async () => {
    const { page } = app;
    await page.getByTestId('tab-replay').click();
    await page.getByTestId('replay-view').waitFor();
    await page.getByTestId('replay-method').selectOption('GET');
    await page.getByTestId('replay-url').fill(`${origin()}/sample-api/orders`);
    await page.getByTestId('replay-send').click();
    await page.locator('[data-testid="replay-response"][data-status="401"]').waitFor();
    await page.getByTestId('replay-follow-metadata').click();
    await page.getByTestId('discovery-view').waitFor();
    await expect.poll(() => page.getByTestId('discovery-url').inputValue()).toBe(`${origin()}/sample-api/orders`);
    await waitForStatus(page, 'authorization-server-metadata', 'done');
    expect(await page.getByTestId('discovery-resource').textContent()).toBe(`${origin()}/sample-api/orders`);
  });

  it('a path the sandbox serves no API at breaks at the resource check, with the fix shown there', async () => {
    const { page } = app;
    // No metadata for this path; the host's root document describes the origin, not it (RFC 9728 §3.3).
    await discover(page, `${origin()}/sample-api/nothing-here`);
    await waitForStatus(page, 'resource-match', 'failed');
    const failure = step(page, 'resource-match').getByTestId('discovery-failure');
    expect(await failure.getAttribute('data-kind')).toBe('resource-mismatch');
    expect(await failure.textContent()).toContain('Fix:');
    expect(await page.getByTestId('discovery-sign-in').count()).toBe(0);
  });
});
