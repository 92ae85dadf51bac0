// Built as CommonJS (electron.vite.config.ts): a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { TOKENSCOPE_EVENT_CHANNEL, isTokenscopeEvent } from '../../shared/contract/events.js';
import { TOKENSCOPE_IPC_CHANNEL, type PreloadBridge } from '../../shared/contract/preload-bridge.js';
import type { ApiEnvelope } from '../../shared/contract/transport.js';

// The page gets two functions, never ipcRenderer itself: it reaches the main side only through the contract, and
// hears from it only on the event channel, with the event alone (not Electron's IPC event, which holds the sender).
const bridge: PreloadBridge = {
  invoke: (method, argument) =>
    ipcRenderer.invoke(TOKENSCOPE_IPC_CHANNEL, method, argument ?? null) as Promise<ApiEnvelope>,
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, value: unknown) => {
      if (isTokenscopeEvent(value)) listener(value);
    };
    ipcRenderer.on(TOKENSCOPE_EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(TOKENSCOPE_EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('tokenscope', bridge);
