import { beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type Invoke } from '../../shared/contract/transport.js';
import { TOKENSCOPE_IPC_CHANNEL, type PreloadBridge } from '../../shared/contract/preload-bridge.js';
import { callsNamed, contextBridge, ipcRenderer } from './stand-in/electron.js';
import { TOKENSCOPE_EVENT_CHANNEL, type TokenscopeEvent } from '../../shared/contract/events.js';

let bridge: PreloadBridge;

beforeAll(async () => {
  await import('../../electron/preload/preload.js');
  bridge = contextBridge.exposed.get('tokenscope') as PreloadBridge;
});

describe('the preload bridge', () => {
  it('exposes invoke and onEvent as window.tokenscope, and nothing of ipcRenderer', () => {
    expect(Object.keys(bridge)).toEqual(['invoke', 'onEvent']);
    expect(typeof bridge.invoke).toBe('function');
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it('sends each call on the one channel and returns the envelope', async () => {
    ipcRenderer.respond = async (_channel, method) => ({ ok: true, value: { called: method } });
    const api = createApiClient(bridge.invoke as Invoke);
    expect(await api.listConnections()).toEqual({ called: 'listConnections' });
    expect(callsNamed('ipcRenderer.invoke').at(-1)?.args).toEqual([TOKENSCOPE_IPC_CHANNEL, 'listConnections', null]);
  });

  it('lets errors travel as data', async () => {
    ipcRenderer.respond = async () => ({ ok: false, error: { code: 'forbidden', message: 'refused' } });
    await expect(createApiClient(bridge.invoke).getAppInfo()).rejects.toMatchObject({
      code: 'forbidden',
      message: 'refused',
    });
  });

  it("hands the page each event alone, never Electron's IPC event, and stops when asked", () => {
    const heard: unknown[][] = [];
    const stop = bridge.onEvent((...args) => heard.push(args));
    const event: TokenscopeEvent = { type: 'authorization-ended', state: 's1', end: { status: 'done', runId: 'r1' } };
    ipcRenderer.deliver(TOKENSCOPE_EVENT_CHANNEL, event);
    expect(heard).toEqual([[event]]);
    stop();
    ipcRenderer.deliver(TOKENSCOPE_EVENT_CHANNEL, event);
    expect(heard).toHaveLength(1);
    expect(ipcRenderer.listenerCount(TOKENSCOPE_EVENT_CHANNEL)).toBe(0);
  });

  it("drops what is not one of the contract's events", () => {
    const heard: unknown[] = [];
    const stop = bridge.onEvent((event) => heard.push(event));
    ipcRenderer.deliver(TOKENSCOPE_EVENT_CHANNEL, { type: 'run-everything' });
    ipcRenderer.deliver(TOKENSCOPE_EVENT_CHANNEL, 'text');
    stop();
    expect(heard).toEqual([]);
  });
});
