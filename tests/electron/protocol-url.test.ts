import { describe, expect, it, vi } from 'vitest';
import {
  createProtocolRouter,
  describeProtocolUrl,
  isProtocolUrl,
  protocolUrlFromArgv,
} from '../../electron/main/protocol-url.js';

const callback =
  'tokenscope://callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj&iss=https%3A%2F%2Fauth.example.com';

describe('tokenscope: URLs (RFC 8252 §7.1)', () => {
  it('recognises the scheme in any case and nothing else', () => {
    expect(isProtocolUrl(callback)).toBe(true);
    expect(isProtocolUrl('TOKENSCOPE://callback?code=x')).toBe(true);
    expect(isProtocolUrl('tokenscope:/callback')).toBe(true);
    expect(isProtocolUrl('https://tokenscope/callback')).toBe(false);
    expect(isProtocolUrl('tokenscopex://callback')).toBe(false);
    expect(isProtocolUrl('--tokenscope://callback')).toBe(false);
    expect(isProtocolUrl(undefined)).toBe(false);
    expect(isProtocolUrl(`tokenscope://callback?code=${'a'.repeat(20_000)}`)).toBe(false);
  });

  it('takes the URL from the end of argv, past the switches Chromium adds (Windows, Linux)', () => {
    expect(
      protocolUrlFromArgv([
        'C:\\Tokenscope\\Tokenscope.exe',
        '--allow-file-access-from-files',
        '--original-process-start-time=1',
        callback,
      ]),
    ).toBe(callback);
    expect(protocolUrlFromArgv(['/usr/bin/electron', '/home/me/tokenscope', callback, '--no-sandbox'])).toBe(callback);
    expect(
      protocolUrlFromArgv(['/opt/Tokenscope/tokenscope', 'tokenscope://callback?n=1', 'tokenscope://callback?n=2']),
    ).toBe('tokenscope://callback?n=2');
    expect(protocolUrlFromArgv(['/opt/Tokenscope/tokenscope'])).toBeUndefined();
    expect(protocolUrlFromArgv([])).toBeUndefined();
  });

  it('describes a URL for a log without its query, which carries the code', () => {
    expect(describeProtocolUrl(callback)).toBe('tokenscope://callback');
    expect(describeProtocolUrl(callback)).not.toContain('SplxlOBeZQQYbYS6WxSbIA');
  });
});

describe('createProtocolRouter', () => {
  it('keeps URLs that arrive before the flow engine and hands them over in order', () => {
    const router = createProtocolRouter();
    expect(router.deliver('tokenscope://callback?n=1')).toBe(true);
    expect(router.deliver('tokenscope://callback?n=2')).toBe(true);
    const onProtocolUrl = vi.fn();
    router.connect(onProtocolUrl);
    expect(onProtocolUrl.mock.calls).toEqual([['tokenscope://callback?n=1'], ['tokenscope://callback?n=2']]);
    router.deliver('tokenscope://callback?n=3');
    expect(onProtocolUrl).toHaveBeenLastCalledWith('tokenscope://callback?n=3');
    expect(onProtocolUrl).toHaveBeenCalledTimes(3);
  });

  it('ignores anything that is not a tokenscope: URL', () => {
    const router = createProtocolRouter();
    const onProtocolUrl = vi.fn();
    router.connect(onProtocolUrl);
    expect(router.deliver('https://evil.example/callback?code=x')).toBe(false);
    expect(router.deliver('file:///etc/passwd')).toBe(false);
    expect(onProtocolUrl).not.toHaveBeenCalled();
  });
});
