import { describe, expect, it } from 'vitest';
import { arrowsFor } from '../../renderer/src/features/flows/SequenceDiagram.js';
import { DEVICE_CONFIRMATION_STEP, type TimelineEntry } from '../../shared/flows/timeline.js';

const entry = (patch: Partial<TimelineEntry>): TimelineEntry => ({
  id: 'x',
  step: 'token',
  method: 'POST',
  url: 'http://127.0.0.1/oidc/token',
  requestHeaders: {},
  responseHeaders: {},
  startedAt: '',
  durationMs: 1,
  ...patch,
});

describe('sequence diagram arrows', () => {
  it('draws a back-channel request and its answer between Tokenscope and the server', () => {
    expect(arrowsFor([entry({ status: 200 })])).toEqual([
      { from: 0, to: 2, label: 'token: POST /oidc/token' },
      { from: 2, to: 0, label: '200', failed: false },
    ]);
  });

  it('draws the browser round trip for the authorization step', () => {
    const arrows = arrowsFor([
      entry({ step: 'authorize', method: 'GET', url: 'http://127.0.0.1/oidc/auth?x=1', via: 'browser' }),
    ]);
    expect(arrows.map((a) => [a.from, a.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 1],
      [1, 0],
    ]);
  });

  it("draws the device flow's confirmation on another device, with no redirect back", () => {
    const arrows = arrowsFor([
      entry({ step: DEVICE_CONFIRMATION_STEP, method: 'GET', url: 'http://127.0.0.1/oidc/device', via: 'browser' }),
    ]);
    expect(arrows).toEqual([
      { from: 0, to: 1, label: 'show the user code' },
      { from: 1, to: 2, label: 'GET /oidc/device · enter the code, sign in' },
    ]);
  });

  it('marks failures', () => {
    expect(arrowsFor([entry({ status: 400 })])[1]!.failed).toBe(true);
    expect(arrowsFor([entry({ error: 'connect ECONNREFUSED' })])[1]).toMatchObject({
      failed: true,
      label: 'connect ECONNREFUSED',
    });
  });
});
