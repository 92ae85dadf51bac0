/**
 * What the main side tells the renderer without being asked: the push half of the contract. The renderer waits on
 * these instead of polling (a sign-in or device flow that ended, a world applied, a notice). Events carry ids and
 * messages, never a token: the renderer asks for what it shows through the calls of `api.ts`.
 */

/** How a sign-in or device flow waited on under `state` (or `deviceId`) ended. */
export type AuthorizationEnd =
  /** The run is recorded: list the runs again and show `runId`. */
  | { status: 'done'; runId: string }
  /** Expired, or never started; the message says what to do. */
  | { status: 'gone'; message: string };

export type TokenscopeEvent =
  | { type: 'authorization-ended'; state: string; end: AuthorizationEnd }
  /** The sandbox runs another world: its resources, apps and users may have changed. */
  | { type: 'world-applied' }
  /** A store repaired something or could not do something: fetch the notices again. */
  | { type: 'notices-changed' }
  /** A tenant read through a Management API advanced: `done` of the `planned` requests so far (more may be planned). */
  | { type: 'tenant-read-progress'; connectionId: string; readId: string; done: number; planned: number; step: string }
  /** A Start-from-an-API chain moved on (signed in, called the API): fetch it again with getDiscovery. */
  | { type: 'discovery-updated'; discoveryId: string }
  /** A workspace's history gained a call, was cleared or imported: the selector's call count follows. */
  | { type: 'history-changed'; workspaceId: string; historyCount: number };

export type TokenscopeEventListener = (event: TokenscopeEvent) => void;

/** Starts listening; the returned function stops. Each transport supplies its own (IPC or an HTTP stream). */
export type SubscribeToEvents = (listener: TokenscopeEventListener) => () => void;

/** The IPC channel the main side sends events on (Electron's webContents.send); the preload exposes it as onEvent. */
export const TOKENSCOPE_EVENT_CHANNEL = 'tokenscope:event';

/**
 * The browser host's event stream: GET with the per-launch secret in the `x-tokenscope-secret` header (read with
 * fetch streaming, not EventSource, which cannot send headers: the secret never sits in a URL).
 * The body is Server-Sent Events (WHATWG HTML §9.2): one `data:` line of JSON per event, a blank line after it.
 */
export const HTTP_EVENTS_PATH = '/api/events';

const EVENT_TYPES = new Set<TokenscopeEvent['type']>([
  'authorization-ended',
  'world-applied',
  'notices-changed',
  'tenant-read-progress',
  'discovery-updated',
  'history-changed',
]);

/** An event as it travels in a stream, one line of JSON. */
export const eventFrame = (event: TokenscopeEvent): string => `data: ${JSON.stringify(event)}\n\n`;

/** Whatever arrived is checked before the renderer acts on it: an unknown event is dropped, not guessed at. */
export function isTokenscopeEvent(value: unknown): value is TokenscopeEvent {
  return (
    typeof value === 'object' && value !== null && EVENT_TYPES.has((value as { type: TokenscopeEvent['type'] }).type)
  );
}

/**
 * Reads Server-Sent Events from text chunks as they arrive (a chunk may end mid-line). Only `data:` lines matter
 * here; comments (`:` keep-alives) and other fields are skipped. Hand-written: the format is a few lines, and the
 * browser's EventSource, which parses it, cannot send the secret header.
 */
export function createEventStreamParser(onEvent: TokenscopeEventListener): (chunk: string) => void {
  let buffered = '';
  let data: string[] = [];
  return (chunk) => {
    buffered += chunk;
    let end: number;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, end).replace(/\r$/, '');
      buffered = buffered.slice(end + 1);
      if (line === '') {
        const text = data.join('\n');
        data = [];
        if (!text) continue;
        try {
          const parsed: unknown = JSON.parse(text);
          if (isTokenscopeEvent(parsed)) onEvent(parsed);
        } catch {
          // Not JSON: not one of ours.
        }
      } else if (line.startsWith('data:')) {
        data.push(line.slice(5).replace(/^ /, ''));
      }
    }
  };
}
