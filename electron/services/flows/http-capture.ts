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

/** How long `settle` waits for a body nobody read. */
const SETTLE_BOUND_MS = 2_000;

/**
 * The response handed to openid-client is the one fetch returned, untouched but for its own body readers, which also
 * keep the text for the timeline. Why not read it here and hand on a copy: building a second Response and streaming
 * its body again cost each request more than the rest of the capture together (bench/flow-overhead), and clone()
 * tees the stream, which costs more still. `clone()` is wrapped too, because oauth4webapi reads error bodies from a
 * clone (RFC 6749 §5.2).
 */
function recordBodyWhenRead(response: Response, entry: TimelineEntry, started: number): void {
  const { text, clone } = Response.prototype;
  const readText = async (): Promise<string> => {
    try {
      const body = await text.call(response);
      entry.responseBody = body;
      return body;
    } catch (error) {
      // A truncated body fails here; openid-client then reports the same failure.
      entry.error = `the response body could not be read: ${(error as Error).message}`;
      throw error;
    } finally {
      entry.durationMs = Math.round(performance.now() - started);
    }
  };
  Object.defineProperties(response, {
    text: { value: readText, configurable: true },
    json: { value: async (): Promise<unknown> => JSON.parse(await readText()), configurable: true },
    clone: {
      value: () => {
        const copy = clone.call(response);
        recordBodyWhenRead(copy, entry, started);
        return copy;
      },
      configurable: true,
    },
  });
}

/** RFC 6749 §2.3.1: the client id of a Basic header, form-decoded as the client encoded it. */
function basicClientId(headers: Record<string, string>): string | undefined {
  const header = Object.entries(headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  const basic = header ? /^Basic +(\S+)$/i.exec(header) : null;
  if (!basic) return undefined;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
  } catch {
    return decoded.slice(0, colon);
  }
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

  /** Responses whose body the flow may not read (an error page refused by content type): `settle` reads them. */
  private unread: { entry: TimelineEntry; response: Response }[] = [];

  /**
   * A new entry of the timeline, for a request about to be sent by another sender than `fetch` below (the tenant
   * reader's GETs); that sender fills in the answer.
   */
  begin(method: string, url: string, requestHeaders: Record<string, string>, requestBody?: string): TimelineEntry {
    const entry: TimelineEntry = {
      id: `${this.runId}-${++this.counter}`,
      step: this.named.get(url) ?? this.step,
      method,
      url,
      requestHeaders,
      requestBody,
      responseHeaders: {},
      startedAt: new Date().toISOString(),
      durationMs: 0,
    };
    const clientId = basicClientId(requestHeaders);
    if (clientId !== undefined) entry.basicClientId = clientId;
    this.entries.push(entry);
    return entry;
  }

  readonly fetch = async (url: string, options: CustomFetchOptions): Promise<Response> => {
    const entry = this.begin(options.method, url, { ...options.headers }, bodyText(options.body));
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(url, options as RequestInit);
    } catch (error) {
      const cause = (error as { cause?: Error }).cause;
      entry.error = cause?.message ?? (error as Error).message;
      entry.durationMs = Math.round(performance.now() - started);
      throw error;
    }
    entry.status = response.status;
    response.headers.forEach((value, name) => (entry.responseHeaders[name] = value));
    entry.durationMs = Math.round(performance.now() - started);
    recordBodyWhenRead(response, entry, started);
    this.unread.push({ entry, response });
    return response;
  };

  /**
   * Reads the bodies the flow left unread, so the timeline shows what the server sent even when openid-client
   * refused the answer before reading it (an HTML error page, RFC 6749 §5.2 answered with the wrong content type).
   * Bounded: a server that stops sending mid-body cannot hold the flow's result back.
   */
  async settle(): Promise<void> {
    const unread = this.unread;
    this.unread = [];
    await Promise.all(
      unread
        .filter(({ entry, response }) => entry.responseBody === undefined && !response.bodyUsed && response.body)
        .map(({ entry, response }) => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, SETTLE_BOUND_MS)));
          return Promise.race([
            response.text().then(
              () => undefined,
              () => undefined,
            ),
            bound,
          ]).finally(() => {
            clearTimeout(timer);
            if (entry.responseBody === undefined && !entry.error)
              entry.error = 'the body was not read: the server was still sending it';
          });
        }),
    );
  }

  masked(): TimelineEntry[] {
    return this.entries.map((entry) => maskEntry(entry, this.secrets));
  }
}
