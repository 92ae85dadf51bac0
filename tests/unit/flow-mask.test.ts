import { describe, expect, it } from 'vitest';
import { maskBody, maskEntry, maskHeaders, maskUrl, maskValue } from '../../shared/flows/mask-entry.js';
import type { TimelineEntry } from '../../shared/flows/timeline.js';

const PAT = 'pat_SandboxEddieLaptopScript00000001';

/** A timeline entry with nothing in it but `fields`. */
const timelineEntry = (fields: Partial<TimelineEntry>): TimelineEntry => ({
  id: '1',
  step: 'x',
  method: 'GET',
  url: 'http://127.0.0.1/x',
  requestHeaders: {},
  responseHeaders: {},
  startedAt: '',
  durationMs: 0,
  ...fields,
});
describe('timeline masking', () => {
  it('masks Basic, Bearer and DPoP credentials but keeps the scheme', () => {
    const masked = maskHeaders({
      authorization: 'Bearer eyJhbGciOiJFUzM4NCJ9.e30.sig-value',
      dpop: 'eyJ0eXAiOiJkcG9wK2p3dCJ9.e30.x',
      accept: 'application/json',
    });
    expect(masked.authorization).toMatch(/^Bearer eyJh…•+ \(\d+ chars\)$/);
    expect(masked.dpop).toContain('•');
    expect(masked.accept).toBe('application/json');
  });

  it('masks every secret form parameter and leaves the rest', () => {
    const body = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
      subject_token: PAT,
      client_secret: 'a-client-secret-value',
      refresh_token: 'refresh-token-value-0123',
      code_verifier: 'verifier-verifier-verifier-verifier-verifier',
      resource: 'https://api.test',
    }).toString();
    const masked = maskBody(body)!;
    for (const secret of [
      PAT,
      'a-client-secret-value',
      'refresh-token-value-0123',
      'verifier-verifier-verifier-verifier-verifier',
    ]) {
      expect(masked).not.toContain(encodeURIComponent(secret));
    }
    expect(new URLSearchParams(masked).get('resource')).toBe('https://api.test');
    expect(new URLSearchParams(masked).get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:token-exchange');
  });

  it('masks tokens in a JSON token response and keeps the rest', () => {
    const masked = JSON.parse(
      maskBody(
        JSON.stringify({
          access_token: 'a'.repeat(40),
          refresh_token: 'r'.repeat(43),
          expires_in: 3600,
          token_type: 'Bearer',
        }),
      )!,
    );
    expect(masked.access_token).toContain('•');
    expect(masked.refresh_token).toContain('•');
    expect(masked).toMatchObject({ expires_in: 3600, token_type: 'Bearer' });
  });

  it('writes masks readably and keeps every other parameter exactly as sent', () => {
    const body = 'grant_type=authorization_code&code=abcdefghijklmnop&redirect_uri=tokenscope%3A%2F%2Fcallback';
    expect(maskBody(body)).toBe(
      `grant_type=authorization_code&code=${maskValue('abcdefghijklmnop')}&redirect_uri=tokenscope%3A%2F%2Fcallback`,
    );
  });

  it('masks tokens in a fragment', () => {
    expect(maskUrl('https://app.test/cb#access_token=abcdefghijklmnop&state=s')).not.toContain('abcdefghijklmnop');
  });

  it('masks the code in a Location header', () => {
    expect(maskHeaders({ location: 'tokenscope://callback?code=abcdefghijklmnop&state=s' }).location).not.toContain(
      'abcdefghijklmnop',
    );
  });

  it('masks the authorization code in a callback URL', () => {
    const url = maskUrl('http://127.0.0.1:5000/callback?code=abcdefghijklmnop&state=xyz&iss=http%3A%2F%2Fi');
    expect(url).not.toContain('abcdefghijklmnop');
    expect(new URL(url).searchParams.get('state')).toBe('xyz');
  });

  it('masks known secrets wherever they appear, and masking twice changes nothing', () => {
    const entry = timelineEntry({
      method: 'POST',
      requestHeaders: { 'x-note': `pat is ${PAT}` },
      requestBody: `echo ${PAT}`,
      responseBody: `{"message":"bad ${PAT}"}`,
    });
    const once = maskEntry(entry, [PAT]);
    expect(JSON.stringify(once)).not.toContain(PAT);
    expect(maskEntry(once, [PAT])).toEqual(once);
    expect(maskValue(maskValue(PAT))).toBe(maskValue(PAT));
  });

  it('masks anything shaped like a Logto PAT, even when nobody said it was one', () => {
    const entry = timelineEntry({ method: 'GET', responseBody: `<p>token ${PAT}</p>` });
    expect(maskEntry(entry).responseBody).not.toContain(PAT);
  });

  it('leaves bodies it cannot parse as sent', () => {
    expect(maskBody('<html>not json</html>')).toBe('<html>not json</html>');
    expect(maskBody('{truncated')).toBe('{truncated');
  });
});
