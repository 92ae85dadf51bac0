import { describe, expect, it } from 'vitest';
import { toCurl, toFetch } from '../../shared/replay/export-code.js';
import type { ReplayRequest } from '../../shared/replay/types.js';

const TOKEN = 'eyJhbGciOiJFUzM4NCJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJlLXNlY3JldA';
const request: ReplayRequest = {
  method: 'post',
  url: 'http://127.0.0.1:3001/api/products',
  headers: [
    { name: 'content-type', value: 'application/json' },
    { name: 'Cookie', value: 'session=very-secret-cookie' },
    { name: 'Content-Length', value: '12' },
  ],
  body: `{"name":"it's"}`,
};

describe('export a call as code', () => {
  it('masks the token in curl unless revealed, and still runs once ACCESS_TOKEN is set', () => {
    const masked = toCurl(request, { token: TOKEN });
    expect(masked).not.toContain(TOKEN);
    expect(masked).not.toContain('very-secret-cookie');
    expect(masked).toContain('-H "Authorization: Bearer $ACCESS_TOKEN"');
    expect(masked).toContain(`--data-raw '{"name":"it'\\''s"}'`);
    expect(masked).toContain('-X POST');
    expect(masked).not.toMatch(/Content-Length/i);

    const revealed = toCurl(request, { token: TOKEN, reveal: true });
    expect(revealed).toContain(`-H 'Authorization: Bearer ${TOKEN}'`);
    expect(revealed).toContain('very-secret-cookie');
  });

  it('writes fetch code with the token masked unless revealed', () => {
    const masked = toFetch(request, { token: TOKEN });
    expect(masked).not.toContain(TOKEN);
    expect(masked).toContain("const ACCESS_TOKEN = '<the token>';");
    expect(masked).toContain('Authorization: `Bearer ${ACCESS_TOKEN}`');
    expect(masked).toContain(`body: ${JSON.stringify(request.body)}`);
    const revealed = toFetch(request, { token: TOKEN, reveal: true });
    expect(revealed).toContain(`Authorization: "Bearer ${TOKEN}"`);
    // The generated code is valid JavaScript.
    expect(() => new Function(`return async () => { ${revealed} }`)).not.toThrow();
    expect(() => new Function(`return async () => { ${masked} }`)).not.toThrow();
  });

  it('masks a token known only by its mask, even when asked to reveal', () => {
    const curl = toCurl(request, { maskedToken: 'eyJh…•••••• (812 chars)', reveal: true });
    expect(curl).toContain('# Token masked: eyJh…•••••• (812 chars)');
    expect(curl).toContain('$ACCESS_TOKEN');
    expect(toFetch(request, { maskedToken: 'eyJh…' })).toContain('${ACCESS_TOKEN}');
  });

  it('sends no Authorization header and no body for a GET without token', () => {
    const get = { method: 'GET', url: 'https://api.example.com/x?a=1', headers: [], body: 'ignored' };
    expect(toCurl(get)).toBe("curl 'https://api.example.com/x?a=1'");
    expect(toFetch(get)).not.toContain('Authorization');
    expect(toFetch(get)).not.toContain('body:');
  });
});

import { formatHeaderLines, parseHeaderLines } from '../../shared/replay/header-lines.js';

describe('header lines', () => {
  it('reads Name: value lines, skips blanks and comments, and reports the rest by line', () => {
    const parsed = parseHeaderLines('Accept: application/json\n\n# note\nX-Trace:  a:b \nbad line\n: no name');
    expect(parsed.headers).toEqual([
      { name: 'Accept', value: 'application/json' },
      { name: 'X-Trace', value: 'a:b' },
    ]);
    expect(parsed.problems).toEqual([
      'Line 5 is not "Name: value": "bad line".',
      'Line 6 is not "Name: value": ": no name".',
    ]);
    expect(formatHeaderLines(parsed.headers)).toBe('Accept: application/json\nX-Trace: a:b');
  });
});

import { maskBody } from '../../shared/security/masking/mask.js';

describe('maskBody', () => {
  it('masks token endpoint secrets in JSON and form bodies, and leaves other bodies alone', () => {
    const json = maskBody(
      JSON.stringify({
        access_token: 'eyJhbGciOiJFUzM4NCJ9.payload.sig',
        token_type: 'Bearer',
        nested: [{ refresh_token: 'rt-secret-value-123' }],
      }),
    );
    expect(json).not.toContain('payload.sig');
    expect(json).not.toContain('rt-secret-value-123');
    expect(JSON.parse(json).token_type).toBe('Bearer');
    const form = maskBody('grant_type=refresh_token&refresh_token=rt-secret-value-123&client_secret=very-secret-value');
    expect(form).toContain('grant_type=refresh_token');
    expect(form).not.toContain('rt-secret-value-123');
    expect(form).not.toContain('very-secret-value');
    expect(maskBody('{"data":[1,2]}')).toBe('{"data":[1,2]}');
    expect(maskBody('{"code":"auth.forbidden","message":"Forbidden"}')).toBe(
      '{"code":"auth.forbidden","message":"Forbidden"}',
    );
    expect(maskBody('grant_type=authorization_code&code=abc123secretcode')).not.toContain('abc123secretcode');
    expect(maskBody('{"code": broken')).toBe('{"code": broken');
    expect(maskBody('plain text with code in it')).toBe('plain text with code in it');
  });
});
