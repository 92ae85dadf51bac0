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
  requestHeaders: {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
    authorization: basic,
  },
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
    // A masked Basic header could not run: curl builds it from variables the first line checks.
    expect(curl).toContain('-u "$CLIENT_ID:$CLIENT_SECRET"');
    expect(curl.split('\n')[0]).toMatch(
      /^: "\$\{CLIENT_SECRET:\?set CLIENT_SECRET to the client secret.*"\$\{CLIENT_ID:\?/,
    );
    expect(curl).not.toContain('•');
    expect(curl).not.toContain(basic.slice(6));
    expect(curl.match(/resource=/g)).toHaveLength(2);
  });

  it('gives the real credentials only when revealed', () => {
    expect(toCurl(entry, { reveal: true })).toContain(basic);
  });

  it('quotes for a POSIX shell: the single quote in the body survives', () => {
    const curl = toCurl(entry, { reveal: true });
    // The shell itself parses the command; each argument comes back NUL-separated.
    const argv = execFileSync('sh', ['-c', `curl() { printf '%s\\0' "$@"; }; ${curl}`])
      .toString()
      .split('\0')
      .slice(0, -1);
    expect(argv.at(-1)).toBe(entry.requestBody);
    expect(argv).toContain(`authorization: ${basic}`);
  });

  it.each([
    [
      'the Basic client id from the entry',
      { ...entry, basicClientId: "m2m-'app" },
      [`-u 'm2m-'\\''app':"$CLIENT_SECRET"`],
      ['CLIENT_ID'],
    ],
    [
      'a form secret from a variable',
      { ...entry, requestHeaders: {}, requestBody: 'grant_type=refresh_token&refresh_token=abcdefghijkl&client_id=n' },
      [
        "--data-raw 'grant_type=refresh_token'",
        '--data-urlencode "refresh_token=$REFRESH_TOKEN"',
        "--data-raw 'client_id=n'",
      ],
      ['CLIENT_SECRET'],
    ],
    [
      'a bearer and a DPoP proof from variables',
      {
        ...entry,
        requestBody: undefined,
        method: 'GET',
        requestHeaders: {
          authorization: 'DPoP eyJhbGciOiJFUzI1NiJ9.e30.sig',
          dpop: 'eyJ0eXAiOiJkcG9wK2p3dCJ9.e30.sig',
        },
      },
      ['-H "authorization: DPoP $ACCESS_TOKEN"', '-H "dpop: $DPOP_PROOF"'],
      ['REFRESH_TOKEN'],
    ],
  ] as const)('masked, %s', (_name, masked, contains, absent) => {
    const curl = toCurl(masked as TimelineEntry);
    for (const part of contains) expect(curl).toContain(part);
    for (const name of absent) expect(curl).not.toContain(`$${name}`);
    expect(curl).not.toContain('•');
  });

  it('masked, the shell reads the secrets from the variables, encoded as curl --data-urlencode does', () => {
    const withSecret = {
      ...entry,
      requestHeaders: {},
      requestBody: 'grant_type=client_credentials&client_secret=s3cr3t-value&scope=a',
    };
    const curl = toCurl(withSecret);
    const argv = execFileSync('bash', ['-c', `curl() { printf '%s\\0' "$@"; }; ${curl}`], {
      env: { PATH: process.env.PATH, CLIENT_SECRET: 'p&ss word' },
    })
      .toString()
      .split('\0')
      .slice(0, -1);
    expect(argv).toContain('client_secret=p&ss word');
  });

  it('sends a GET without -X', () => {
    expect(toCurl({ ...entry, method: 'GET', requestBody: undefined, requestHeaders: {} })).toBe(
      "curl 'http://127.0.0.1:3001/oidc/token'",
    );
  });
});
