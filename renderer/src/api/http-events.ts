import { HTTP_EVENTS_PATH, createEventStreamParser, type SubscribeToEvents } from '../../../shared/contract/events';
import { HTTP_SECRET_HEADER } from '../../../shared/contract/transport';

/** A dropped stream (the host restarting, a laptop waking) is opened again after this long. */
const RETRY_MS = 2_000;

/**
 * The browser host's events, read with fetch streaming so the per-launch secret travels in its header, as for
 * every call (EventSource cannot send headers, and a secret in a URL ends up in logs and history).
 */
export function createHttpEvents(secret: string | undefined, base = '', retryMs = RETRY_MS): SubscribeToEvents {
  return (listener) => {
    let stopped = false;
    let controller: AbortController | undefined;
    const readOnce = async () => {
      controller = new AbortController();
      // Relative to the page (base ''), like the calls.
      const response = await fetch(`${base}${HTTP_EVENTS_PATH.slice(1)}`, {
        headers: secret ? { [HTTP_SECRET_HEADER]: secret } : {},
        cache: 'no-store',
        signal: controller.signal,
      });
      // Refused (no secret) or absent: the calls say why; retrying would not change it.
      if (response.status === 403 || response.status === 404) return 'refused' as const;
      if (!response.ok || !response.body) return 'dropped' as const;
      const parse = createEventStreamParser(listener);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'dropped' as const;
        parse(value);
      }
    };
    const run = async () => {
      while (!stopped) {
        const outcome = await readOnce().catch(() => 'dropped' as const);
        if (outcome === 'refused') return;
        if (!stopped) await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
    };
    void run();
    return () => {
      stopped = true;
      controller?.abort();
    };
  };
}
