import type { HttpCapture } from '../flows/http-capture.js';
import { RequestHeaderList } from '../replay/fetch-compat.js';
import { openAnswer, readAnswerBody } from '../replay/send-request.js';
import type { GetFetch } from './read-only-fetch.js';

/** A Management API answer, its body read whole (JSON is parsed once, by the caller). */
export interface ManagementAnswer {
  status: number;
  /** Names lower-cased, repeated ones joined, as fetch's Headers gave them (and as the timeline shows them). */
  headers: Record<string, string>;
  text: string;
}

/**
 * GETs sent with replay's sender (undici.request as Node's fetch sent them: the same headers on the wire, the same
 * decoding, errors shaped as fetch's) and kept in the read's timeline as they went. Not fetch: in a CPU profile of
 * 12 reads of a 1,000-user tenant, fetch's internals and web streams were the reader's largest cost, and this sender
 * took the read from 1.35x to about 0.8x the CPU time of the same GETs bare with fetch (bench/tenant-read). The
 * caller's `signal` ends a request at its bound; `backstopMs`, longer than that bound, only keeps a request without a
 * signal from waiting forever.
 */
export function capturedGet(capture: HttpCapture, backstopMs: number): GetFetch<ManagementAnswer> {
  return async (url, init) => {
    const entry = capture.begin(init.method, url, init.headers);
    const started = performance.now();
    const headers = new RequestHeaderList();
    for (const [name, value] of Object.entries(init.headers)) headers.append(name, value);
    try {
      const answer = await openAnswer(new URL(url), init.method, headers, undefined, backstopMs, init.signal);
      entry.status = answer.status;
      for (const { name, value } of answer.headers) entry.responseHeaders[name] = value;
      const body = await readAnswerBody(answer, init.method, started + backstopMs, Number.POSITIVE_INFINITY);
      if (body.cutOff) throw new Error(`the body did not end within ${backstopMs} ms`);
      entry.responseBody = body.text;
      return { status: answer.status, headers: entry.responseHeaders, text: body.text };
    } catch (error) {
      const cause = (error as { cause?: Error }).cause;
      entry.error = cause?.message ?? (error as Error).message;
      throw error;
    } finally {
      entry.durationMs = Math.round(performance.now() - started);
    }
  };
}
