import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import {
  RequestHeaderList,
  contentDecoders,
  decodedBody,
  isBadPort,
  responseHeaderList,
} from '../../electron/services/replay/fetch-compat.js';

// Replay sends with undici.request; what the user sees must stay what Node's fetch showed.

const headerName = fc.constantFrom(
  'Set-Cookie',
  'set-cookie',
  'X-A',
  'x-a',
  'Content-Type',
  'b',
  'A',
  'www-authenticate',
);
const headerValue = fc.stringMatching(/^[ \t]?[!-~]{0,8}( [!-~]{1,4})?[ \t]?$/);

describe("an answer's headers, as fetch's Headers.forEach gave them", () => {
  it('sorts, lower-cases, joins repeated names and keeps each set-cookie apart, as fetch did', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(headerName, headerValue), { maxLength: 10 }), (pairs) => {
        const fetchHeaders = new Headers();
        for (const [name, value] of pairs) fetchHeaders.append(name, value);
        const expected: { name: string; value: string }[] = [];
        fetchHeaders.forEach((value, name) => expected.push({ name, value }));
        expect(responseHeaderList(pairs.flat())).toEqual(expected);
      }),
    );
  });
});

describe("a request's headers, in fetch's order with fetch's defaults", () => {
  const list = (entries: [string, string][]) => {
    const headers = new RequestHeaderList();
    for (const [name, value] of entries) headers.append(name, value);
    return headers;
  };
  // The headers Node's fetch adds when the user gave none of them, in its order.
  const FETCH_DEFAULTS = ['accept', '*/*', 'accept-language', '*', 'sec-fetch-mode', 'cors', 'user-agent', 'node'];
  it.each<[string, [string, string][], string, string, string | undefined, string[]]>([
    [
      'a GET with nothing given',
      [],
      'http://a.test/',
      'GET',
      undefined,
      [...FETCH_DEFAULTS, 'accept-encoding', 'gzip, deflate'],
    ],
    [
      'the user\'s own kept in place and spelling, repeated ones joined ("; " for cookie)',
      [
        ['X-B', ' 1 '],
        ['x-b', '2'],
        ['Cookie', 'a=1'],
        ['cookie', 'b=2'],
        ['User-Agent', 'me'],
        ['Accept', 'x/y'],
      ],
      'https://a.test/',
      'POST',
      'é',
      [
        'X-B',
        '1, 2',
        'Cookie',
        'a=1; b=2',
        'User-Agent',
        'me',
        'Accept',
        'x/y',
        'content-type',
        'text/plain;charset=UTF-8',
        'accept-language',
        '*',
        'sec-fetch-mode',
        'cors',
        'accept-encoding',
        'br, gzip, deflate',
        'content-length',
        '2',
      ],
    ],
    [
      "a range asks for identity; a POST without body says length 0; the user's length doubled",
      [
        ['Range', 'bytes=0-1'],
        ['Content-Length', '0'],
      ],
      'http://a.test/',
      'POST',
      undefined,
      ['Range', 'bytes=0-1', 'Content-Length', '0, 0', ...FETCH_DEFAULTS, 'accept-encoding', 'identity'],
    ],
  ])('%s', (_, given, url, method, body, expected) => {
    expect(list(given).withFetchDefaults(new URL(url), method, body)).toEqual(expected);
  });

  it('set takes the place of the first line and its new spelling (fetch sent "authorization" so)', () => {
    const headers = list([
      ['Authorization', 'Basic x'],
      ['X', 'y'],
    ]);
    headers.set('authorization', 'Bearer t');
    expect(headers.withFetchDefaults(new URL('http://a.test/'), 'GET', undefined).slice(0, 4)).toEqual([
      'authorization',
      'Bearer t',
      'X',
      'y',
    ]);
  });
});

describe('decoding and ports, as fetch did', () => {
  const read = async (stream: Readable) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  it.each<[string, string, number, string | undefined, number]>([
    ['gzip on a 200', 'GET', 200, 'gzip', 1],
    ['gzip on a 404 (fetch decoded error answers too)', 'GET', 404, 'gzip', 1],
    ['two codings, last first', 'GET', 200, 'deflate, gzip', 2],
    ['an unknown coding: the bytes as sent', 'GET', 200, 'gzip, zstd', 0],
    ['a HEAD', 'HEAD', 200, 'gzip', 0],
    ['a 204', 'GET', 204, 'gzip', 0],
    ['a 304', 'GET', 304, 'gzip', 0],
    ['no coding', 'GET', 200, undefined, 0],
  ])('%s', (_, method, status, coding, count) => {
    expect(contentDecoders(method, status, coding)).toHaveLength(count);
  });

  it('refuses more than five codings, as fetch did', () => {
    expect(() => contentDecoders('GET', 200, 'gzip,gzip,gzip,gzip,gzip,gzip')).toThrow(/too many content-encodings/);
  });

  it('decodes a gzip body, and a deflate body raw or zlib-wrapped', async () => {
    const { deflateSync, deflateRawSync } = await import('node:zlib');
    for (const [coding, bytes] of [
      ['gzip', gzipSync('héllo')],
      ['deflate', deflateSync('héllo')],
      ['deflate', deflateRawSync('héllo')],
    ] as const) {
      expect(await read(decodedBody(Readable.from([bytes]), contentDecoders('GET', 200, coding)))).toBe('héllo');
    }
  });

  it.each([
    ['1', true],
    ['6000', true],
    ['10080', true],
    ['', false],
    ['8080', false],
    ['3000', false],
  ])('port "%s" is a bad port: %s', (port, bad) => {
    expect(isBadPort(new URL(`http://127.0.0.1${port ? `:${port}` : ''}/`))).toBe(bad);
  });
});
