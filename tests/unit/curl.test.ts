import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { toCurl } from '../../shared/flows/curl.js';
import type { TimelineEntry } from '../../shared/flows/timeline.js';

const SECRET = 'sandbox-m2m-secret-not-for-production';
const basic = `Basic ${Buffer.from(`m2m:${SECRET}`).toString('base64')}`;

const entry: TimelineEntry = {
  id: 'r-1',
  step: 'token',
  method: 'POST',
  url: 'http://127.0.0.1:3001/oidc/token',
  requestHeaders: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', authorization: basic },
  requestBody: "grant_type=client_credentials&resource=https%3A%2F%2Fa.test&resource=https%3A%2F%2Fb.test&scope=it's",
  status: 200,
  responseHeaders: {},
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 5,
};

describe('toCurl', () => {
  it('reproduces method, URL, headers and body, masked by default', () => {
    const curl = toCurl(entry);
    expect(curl).toContain("-X POST 'http://127.0.0.1:3001/oidc/token'");
    expect(curl).toContain("-H 'content-type: application/x-www-form-urlencoded;charset=UTF-8'");
    expect(curl).toMatch(/-H 'authorization: Basic .*•/);
    expect(curl).not.toContain(basic.slice(6));
    expect(curl.match(/resource=/g)).toHaveLength(2);
  });

  it('gives the real credentials only when revealed', () => {
    expect(toCurl(entry, { reveal: true })).toContain(basic);
  });

  it('quotes for a POSIX shell: the single quote in the body survives', () => {
    const curl = toCurl(entry, { reveal: true });
    // The shell itself parses the command; each argument comes back NUL-separated.
    const argv = execFileSync('sh', ['-c', `curl() { printf '%s\\0' "$@"; }; ${curl}`]).toString().split('\0').slice(0, -1);
    expect(argv.at(-1)).toBe(entry.requestBody);
    expect(argv).toContain(`authorization: ${basic}`);
  });

  it('sends a GET without -X', () => {
    expect(toCurl({ ...entry, method: 'GET', requestBody: undefined, requestHeaders: {} })).toBe("curl 'http://127.0.0.1:3001/oidc/token'");
  });
});
