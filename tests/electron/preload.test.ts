import { beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type Invoke } from '../../shared/contract/transport.js';
import { TOKENSCOPE_IPC_CHANNEL, type PreloadBridge } from '../../shared/contract/preload-bridge.js';
import { callsNamed, contextBridge, ipcRenderer } from './stand-in/electron.js';

let bridge: PreloadBridge;

beforeAll(async () => {
  await import('../../electron/preload/index.js');
  bridge = contextBridge.exposed.get('tokenscope') as PreloadBridge;
});

describe('the preload bridge', () => {
  it('exposes one invoke function as window.tokenscope, and nothing of ipcRenderer', () => {
    expect(Object.keys(bridge)).toEqual(['invoke']);
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
    await expect(createApiClient(bridge.invoke).getAppInfo()).rejects.toMatchObject({ code: 'forbidden', message: 'refused' });
  });
});
