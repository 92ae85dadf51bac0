/**
 * What the Electron preload puts on `window.tokenscope`. The renderer wraps it with `createApiClient`, so the
 * desktop app and the browser host look the same to it.
 */
import type { SubscribeToEvents } from './events.js';
import type { Invoke } from './transport.js';

/** The IPC channel of every contract call; one channel, so one sender check guards them all. */
export const TOKENSCOPE_IPC_CHANNEL = 'tokenscope:call';

export interface PreloadBridge {
  invoke: Invoke;
  /** The main side's events (`events.ts`), sent on TOKENSCOPE_EVENT_CHANNEL; returns the function that stops. */
  onEvent: SubscribeToEvents;
}

declare global {
  interface Window {
    /** Present in the desktop app only; the browser host talks HTTP instead. */
    tokenscope?: PreloadBridge;
  }
}
