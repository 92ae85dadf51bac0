import { describe, expect, it } from 'vitest';
import { parseCallbackUrl } from '../../shared/flows/callback-url.js';
import { PENDING_FLOW_TTL_MS, PendingFlows } from '../../shared/flows/pending-flows.js';
import { refreshTrap } from '../../shared/flows/refresh-trap.js';

describe('parseCallbackUrl', () => {
  it('reads the custom scheme, loopback and pasted forms alike', () => {
    for (const url of [
      'tokenscope://callback?code=abc&state=s1&iss=http%3A%2F%2F127.0.0.1%2Foidc',
      'http://127.0.0.1:53123/callback?code=abc&state=s1',
      '   http://127.0.0.1:53123/callback?code=abc&state=s1\n',
    ]) {
      expect(parseCallbackUrl(url)).toMatchObject({ ok: true, state: 's1' });
    }
  });

  it('carries an error sent back on the redirect', () => {
    expect(
      parseCallbackUrl('tokenscope://callback?error=access_denied&error_description=cancelled&state=s2'),
    ).toMatchObject({
      ok: true,
      state: 's2',
      error: 'access_denied',
      errorDescription: 'cancelled',
    });
  });

  it('refuses what is not a URL, has no state, or has neither code nor error, saying what to paste', () => {
    expect(parseCallbackUrl('not a url')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Paste the whole address/),
    });
    expect(parseCallbackUrl('tokenscope://callback?code=abc')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no state/),
    });
    expect(parseCallbackUrl('tokenscope://callback?state=abc')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/neither a code nor an error/),
    });
  });
});

describe('PendingFlows', () => {
  it('hands a flow out once', () => {
    const flows = new PendingFlows<string>();
    flows.add('s', 'flow', 0);
    expect(flows.take('s', 1)).toEqual({ ok: true, value: 'flow' });
    expect(flows.take('s', 2)).toMatchObject({ ok: false, reason: 'unknown' });
  });

  it('refuses an unknown state', () => {
    expect(new PendingFlows<string>().take('x', 0)).toMatchObject({
      ok: false,
      reason: 'unknown',
      message: expect.stringMatching(/Start the flow again/),
    });
  });

  it('expires after five minutes', () => {
    const flows = new PendingFlows<string>();
    expect(flows.add('s', 'flow', 1000)).toBe(1000 + PENDING_FLOW_TTL_MS);
    expect(flows.peek('s', 1000 + PENDING_FLOW_TTL_MS - 1)).toBe('flow');
    expect(flows.take('s', 1000 + PENDING_FLOW_TTL_MS)).toMatchObject({
      ok: false,
      reason: 'expired',
      message: expect.stringMatching(/5 minutes/),
    });
  });

  it('prunes expired flows when new ones arrive', () => {
    const flows = new PendingFlows<string>(10);
    flows.add('a', 'old', 0);
    flows.add('b', 'new', 20);
    expect(flows.size).toBe(1);
  });
});

describe('refreshTrap', () => {
  it('is silent without a resource or when every resource was granted', () => {
    expect(refreshTrap([], ['https://a'])).toBeUndefined();
    expect(refreshTrap(['https://a'], ['https://a', 'https://b'])).toBeUndefined();
  });

  it('is certain when the resource was not granted, and names it', () => {
    expect(refreshTrap(['https://c'], ['https://a'])).toMatchObject({
      certain: true,
      notGranted: ['https://c'],
      message: expect.stringMatching(/will be spent/),
    });
  });

  it('only warns when what was granted is unknown', () => {
    expect(refreshTrap(['https://c'])).toMatchObject({ certain: false });
  });
});
