import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../shared/contract/run-record.js';
import { createAppStores } from '../../renderer/src/stores/app-stores.js';
import { fakeApi, fakeEvents, settle } from './renderer-stores-fakes.js';

const run = (id: string, workspaceId = 'default') =>
  ({ id, workspaceId, grant: 'authorization_code' }) as unknown as RunRecord;

const started = {
  status: 'waiting',
  authorizationUrl: 'http://127.0.0.1:3001/oidc/auth?state=s1',
  state: 's1',
  redirectUri: 'http://127.0.0.1:4000/callback',
  expiresAt: Date.now() + 300_000,
};
const device = {
  status: 'waiting',
  deviceId: 'd1',
  userCode: 'ABCD-EFGH',
  verificationUri: 'http://x/device',
  expiresAt: 0,
};
const signInRequest = { connectionId: 'sandbox', clientId: 'spa', resources: [], scope: 'openid' };

async function setUp(extra: Record<string, unknown> = {}) {
  const fake = fakeApi({
    listRuns: [run('r1')],
    startAuthorization: started,
    startDeviceAuthorization: device,
    cancelAuthorization: { cancelled: true },
    ...extra,
  });
  const events = fakeEvents();
  const opened: string[] = [];
  const stores = await createAppStores({
    api: fake.api,
    subscribe: events.subscribe,
    openUrl: (url) => opened.push(url),
  });
  return { ...fake, events, opened, stores, flows: stores.flows };
}

describe("flows store: a sign-in ends by the main side's event, never by polling", () => {
  it('opens the authorization URL, waits, and shows the run the event names', async () => {
    const { flows, events, opened, named } = await setUp();
    await flows.getState().signIn(signInRequest);
    expect(opened).toEqual([started.authorizationUrl]);
    expect(flows.getState().pending?.state).toBe('s1');

    events.push({ type: 'authorization-ended', state: 's1', end: { status: 'done', runId: 'r1' } });
    await settle();
    expect(flows.getState().pending).toBeUndefined();
    expect(flows.getState().selected).toBe('r1');
    expect(named('awaitAuthorization')).toEqual([]);
  });

  it('says why when the sign-in is gone', async () => {
    const { flows, events } = await setUp();
    await flows.getState().signIn(signInRequest);
    events.push({
      type: 'authorization-ended',
      state: 's1',
      end: { status: 'gone', message: 'Expired: sign in again.' },
    });
    await settle();
    expect(flows.getState()).toMatchObject({ pending: undefined, callError: 'Expired: sign in again.' });
  });

  it('takes up an end that arrived before the answer naming its state', async () => {
    const { flows, events } = await setUp();
    events.push({ type: 'authorization-ended', state: 's1', end: { status: 'done', runId: 'r1' } });
    await flows.getState().signIn(signInRequest);
    await settle();
    expect(flows.getState()).toMatchObject({ pending: undefined, selected: 'r1' });
  });

  it('ignores the end of a sign-in the user cancelled, which the main side spends too', async () => {
    const { flows, events, named } = await setUp();
    await flows.getState().signIn(signInRequest);
    flows.getState().cancel();
    expect(named('cancelAuthorization').map((c) => c.argument)).toEqual([{ state: 's1' }]);
    events.push({ type: 'authorization-ended', state: 's1', end: { status: 'gone', message: 'cancelled' } });
    await settle();
    expect(flows.getState().callError).toBeUndefined();
  });
});

describe('flows store: the device flow', () => {
  it('shows the user code, then the run when the event comes', async () => {
    const { flows, events, named } = await setUp();
    await flows.getState().startDevice(signInRequest);
    expect(flows.getState().device?.userCode).toBe('ABCD-EFGH');
    events.push({ type: 'authorization-ended', state: 'd1', end: { status: 'done', runId: 'r1' } });
    await settle();
    expect(flows.getState()).toMatchObject({ device: undefined, selected: 'r1' });
    expect(named('awaitAuthorization')).toEqual([]);
  });

  it('stopped, it hears no more of that code', async () => {
    const { flows, events, named } = await setUp();
    await flows.getState().startDevice(signInRequest);
    flows.getState().stopDevice();
    expect(named('cancelAuthorization').map((c) => c.argument)).toEqual([{ state: 'd1' }]);
    events.push({ type: 'authorization-ended', state: 'd1', end: { status: 'gone', message: 'stopped' } });
    await settle();
    expect(flows.getState()).toMatchObject({ device: undefined, callError: undefined });
  });

  it('a failed start shows its run at once and waits for nothing', async () => {
    const failed = { status: 'failed', result: { ok: false, runId: 'r1' } };
    const { flows } = await setUp({ startDeviceAuthorization: failed });
    await flows.getState().startDevice(signInRequest);
    expect(flows.getState().device).toBeUndefined();
    expect(flows.getState().selected).toBe('r1');
  });
});
