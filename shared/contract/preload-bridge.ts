/**
 * What the Electron preload puts on `window.tokenscope`. The renderer wraps it with `createApiClient`, so the
 * desktop app and the browser host look the same to it.
 */
import type { Invoke } from './transport.js';

/** The IPC channel of every contract call; one channel, so one sender check guards them all. */
export const TOKENSCOPE_IPC_CHANNEL = 'tokenscope:call';

export interface PreloadBridge {
  invoke: Invoke;
}

declare global {
  interface Window {
    /** Present in the desktop app only; the browser host talks HTTP instead. */
    tokenscope?: PreloadBridge;
  }
}
