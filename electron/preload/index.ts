// Built as CommonJS (electron.vite.config.ts): a sandboxed preload cannot be an ES module.
import { contextBridge, ipcRenderer } from 'electron';
import { TOKENSCOPE_IPC_CHANNEL, type PreloadBridge } from '../../shared/contract/preload-bridge.js';
import type { ApiEnvelope } from '../../shared/contract/transport.js';

// The page gets one function, never ipcRenderer itself: it can reach the main side only through the contract.
const bridge: PreloadBridge = {
  invoke: (method, argument) => ipcRenderer.invoke(TOKENSCOPE_IPC_CHANNEL, method, argument ?? null) as Promise<ApiEnvelope>,
};

contextBridge.exposeInMainWorld('tokenscope', bridge);
