import type { CustomFetchOptions } from 'openid-client';
import type { TimelineEntry } from '../../../shared/flows/timeline.js';
import { maskEntry } from '../../../shared/flows/mask-entry.js';

type FetchBody = CustomFetchOptions['body'];

function bodyText(body: FetchBody): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  return `[${Object.prototype.toString.call(body)}]`;
}

/**
 * Records every HTTP exchange a flow makes. Plugged into openid-client as `config[customFetch]` (and into discovery),
 * it logs a clone of each response and hands the original back untouched, so the flow sees exactly what the server sent.
 * Entries are kept raw here, on the main side; `masked()` is what leaves it.
 */
export class HttpCapture {
  readonly entries: TimelineEntry[] = [];
  /** The step the next requests belong to; flows set it as they go. */
  step = 'discovery';
  /** Values given to the flow (client secret, PAT, refresh token) masked wherever they show up. */
  private readonly secrets: string[] = [];
  private counter = 0;
  private readonly named = new Map<string, string>();

  constructor(private readonly runId: string) {}

  /** Requests to `url` belong to `step` whatever step the flow is in (JWKS fetched during the token step). */
  nameUrl(url: string, step: string): void {
    this.named.set(url, step);
  }

  addSecret(value: string | undefined): void {
    if (value) this.secrets.push(value);
  }

  readonly fetch = async (url: string, options: CustomFetchOptions): Promise<Response> => {
    const entry: TimelineEntry = {
      id: `${this.runId}-${++this.counter}`,
      step: this.named.get(url) ?? this.step,
      method: options.method,
      url,
      requestHeaders: { ...options.headers },
      requestBody: bodyText(options.body),
      responseHeaders: {},
      startedAt: new Date().toISOString(),
      durationMs: 0,
    };
    this.entries.push(entry);
    const started = performance.now();
    try {
      const response = await fetch(url, options as RequestInit);
      entry.status = response.status;
      response.headers.forEach((value, name) => (entry.responseHeaders[name] = value));
      // One read instead of clone() + a second read (a tee of the stream): the text is kept for the timeline and
      // handed on in an identical Response. A truncated body fails here; openid-client then reports the same failure.
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        entry.error = `the response body could not be read: ${(error as Error).message}`;
        throw error;
      }
      entry.responseBody = text;
      const bodyless = response.status === 204 || response.status === 304 || options.method === 'HEAD';
      return new Response(bodyless ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      const cause = (error as { cause?: Error }).cause;
      entry.error ??= cause?.message ?? (error as Error).message;
      throw error;
    } finally {
      entry.durationMs = Math.round(performance.now() - started);
    }
  };

  masked(): TimelineEntry[] {
    return this.entries.map((entry) => maskEntry(entry, this.secrets));
  }
}
