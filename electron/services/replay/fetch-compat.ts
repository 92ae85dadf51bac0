/**
 * What Node's fetch did around a call, done by hand so a replay sent with undici.request (half fetch's CPU time:
 * bench/replay-overhead) sends and shows exactly what it did. No library offers fetch's defaults without fetch's
 * web streams; undici's decompress interceptor drops content-encoding and content-length, which the user should see.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import type { ReplayHeader } from '../../../shared/replay/types.js';

/** Fetch standard §2.9 "bad port": fetch refuses these ports, so replay does too (the same list as Node's fetch). */
const BAD_PORTS = new Set(
  (
    '1 7 9 11 13 15 17 19 20 21 22 23 25 37 42 43 53 69 77 79 87 95 101 102 103 104 109 110 111 113 115 117 119 ' +
    '123 135 137 139 143 161 179 389 427 465 512 513 514 515 526 530 531 532 540 548 554 556 563 587 601 636 989 ' +
    '990 993 995 1719 1720 1723 2049 3659 4045 4190 5060 5061 6000 6566 6665 6666 6667 6668 6669 6679 6697 10080'
  ).split(' '),
);

export const isBadPort = (url: URL): boolean => BAD_PORTS.has(url.port);

/** Leading and trailing HTTP whitespace goes (Fetch standard §2.2 "normalize"), as Headers.append does. */
const normalizeValue = (value: string): string => value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

/**
 * The request's header list as fetch keeps it: insertion order, the first spelling of a name, repeated names joined
 * with ", " ("; " for cookie). Values are checked by `Headers` first (see sendRequest), so this only orders them.
 */
export class RequestHeaderList {
  private readonly map = new Map<string, { name: string; value: string }>();

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const normalized = normalizeValue(value);
    const existing = this.map.get(key);
    if (existing) existing.value = `${existing.value}${key === 'cookie' ? '; ' : ', '}${normalized}`;
    else this.map.set(key, { name, value: normalized });
  }

  /** In the place of the name's first line, spelt as now given (as fetch's header list does). */
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), { name, value: normalizeValue(value) });
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  /**
   * The headers fetch adds when absent, in its order (Fetch standard §4.1 main fetch and §4.5 HTTP-network-or-cache
   * fetch; the values are Node's): a string body's content type, accept, accept-language, sec-fetch-mode, user-agent,
   * accept-encoding (identity for a range request); and content-length, appended even to the user's own (whose
   * doubled value undici then refuses, as it did under fetch).
   */
  withFetchDefaults(url: URL, method: string, body: string | undefined): string[] {
    const list = new RequestHeaderList();
    for (const { name, value } of this.map.values()) list.map.set(name.toLowerCase(), { name, value });
    const add = (name: string, value: string) => {
      if (!list.has(name)) list.map.set(name, { name, value });
    };
    if (body !== undefined) add('content-type', 'text/plain;charset=UTF-8');
    add('accept', '*/*');
    add('accept-language', '*');
    add('sec-fetch-mode', 'cors');
    add('user-agent', 'node');
    if (list.has('range')) list.append('accept-encoding', 'identity');
    add('accept-encoding', url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate');
    // Fetch standard §4.5 steps 8 to 10: the body's length, or 0 for a POST or PUT without one.
    const length = body !== undefined ? Buffer.byteLength(body) : method === 'POST' || method === 'PUT' ? 0 : undefined;
    if (length !== undefined) list.append('content-length', String(length));
    return [...list.map.values()].flatMap(({ name, value }) => [name, value]);
  }
}

/**
 * The answer's headers as fetch's Headers.forEach gave them: names lower-cased and sorted, repeated ones joined with
 * ", ", each set-cookie its own entry (Fetch standard §2.2 "sort and combine").
 */
export function responseHeaderList(raw: string[]): ReplayHeader[] {
  const joined = new Map<string, string>();
  const cookies: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const value = normalizeValue(raw[i + 1]!);
    if (name === 'set-cookie') cookies.push(value);
    const existing = joined.get(name);
    joined.set(name, existing === undefined ? value : `${existing}, ${value}`);
  }
  const names = [...joined.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.flatMap((name) =>
    name === 'set-cookie' ? cookies.map((value) => ({ name, value })) : [{ name, value: joined.get(name)! }],
  );
}

/** Statuses whose answer has no body (Fetch standard §2.2 "null body status"): fetch decodes nothing for them. */
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);
/** Fetch's bound on stacked content codings (a zip bomb of many layers). */
const MAX_CONTENT_ENCODINGS = 5;

/** "deflate" as servers send it: zlib-wrapped (RFC 9110 §8.4.1.2) or, often, raw; the first byte tells. */
class InflateEither extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | undefined;

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      if (chunk.length === 0) return callback();
      const options = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
      this.inner = (chunk[0]! & 0x0f) === 8 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.on('end', () => this.push(null));
      this.inner.on('error', (error) => this.destroy(error));
    }
    this.inner.write(chunk, encoding, callback);
  }

  override _final(callback: TransformCallback): void {
    if (this.inner) this.inner.end();
    else this.push(null);
    callback();
  }
}

/**
 * The decoders fetch applied to the body, last coding first; none when one coding is unknown (the bytes then come as
 * sent). Lenient flushing, as fetch (and curl) do, for servers that end a stream slightly short.
 */
export function contentDecoders(method: string, status: number, contentEncoding: string | undefined): Transform[] {
  if (method === 'HEAD' || method === 'CONNECT' || NULL_BODY_STATUS.has(status) || !contentEncoding) return [];
  const codings = contentEncoding.toLowerCase().split(',');
  if (codings.length > MAX_CONTENT_ENCODINGS) {
    throw new Error(
      `too many content-encodings in response: ${codings.length}, maximum allowed is ${MAX_CONTENT_ENCODINGS}`,
    );
  }
  const sync = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoders: Transform[] = [];
  for (let i = codings.length - 1; i >= 0; i -= 1) {
    const coding = codings[i]!.trim();
    if (coding === 'gzip' || coding === 'x-gzip') decoders.push(zlib.createGunzip(sync));
    else if (coding === 'deflate') decoders.push(new InflateEither());
    else if (coding === 'br') {
      const flush = zlib.constants.BROTLI_OPERATION_FLUSH;
      decoders.push(zlib.createBrotliDecompress({ flush, finishFlush: flush }));
    } else return [];
  }
  return decoders;
}

/** The body through its decoders; an error anywhere in the chain ends the returned stream with it. */
export function decodedBody(body: Readable, decoders: Transform[]): Readable {
  if (decoders.length === 0) return body;
  let stream: Readable = body;
  for (const decoder of decoders) {
    stream.on('error', (error) => decoder.destroy(error));
    stream = stream.pipe(decoder);
  }
  return stream;
}
