/**
 * The `tokenscope:` private-use URI scheme that brings sign-in redirects back from the system browser
 * (RFC 8252 §7.1). Pure: the Electron wiring lives in single-instance.ts and default-protocol.ts.
 *
 * RFC 8252 §7.1 recommends a reverse-domain scheme (`dev.tokenscope.app:`); we use the short one because
 * Logto and most providers accept it, and the user types it into a redirect URI list.
 */
export const PROTOCOL_SCHEME = 'tokenscope';

/** Where the flow engine receives a `tokenscope:` URL. */
export type OnProtocolUrl = (url: string) => void;

// An authorization response is a few KB at most; anything larger is not ours.
const MAX_URL_LENGTH = 16 * 1024;

export function isProtocolUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length > MAX_URL_LENGTH) return false;
  if (!candidate.toLowerCase().startsWith(`${PROTOCOL_SCHEME}:`)) return false;
  try {
    return new URL(candidate).protocol === `${PROTOCOL_SCHEME}:`;
  } catch {
    return false;
  }
}

/**
 * The URL a launch was asked to open. Windows and Linux pass it as the last argument (after any switches
 * Chromium adds, which is why we search from the end rather than take a fixed index).
 */
export function protocolUrlFromArgv(argv: readonly string[]): string | undefined {
  for (let index = argv.length - 1; index >= 0; index--) {
    if (isProtocolUrl(argv[index])) return argv[index];
  }
  return undefined;
}

/** Scheme and path only: the query carries the authorization code and state, which never go to a log. */
export function describeProtocolUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return `${PROTOCOL_SCHEME}: (unreadable URL)`;
  }
}

export interface ProtocolRouter {
  /** Hands a URL to the flow engine, or keeps it until one is connected. Ignores anything not `tokenscope:`. */
  deliver(url: string): boolean;
  /** Connects the flow engine and gives it what arrived before (macOS sends open-url before `ready`). */
  connect(onProtocolUrl: OnProtocolUrl): void;
}

export function createProtocolRouter(): ProtocolRouter {
  const pending: string[] = [];
  let target: OnProtocolUrl | undefined;
  return {
    deliver(url) {
      if (!isProtocolUrl(url)) return false;
      if (target) target(url);
      else pending.push(url);
      return true;
    },
    connect(onProtocolUrl) {
      target = onProtocolUrl;
      for (const url of pending.splice(0)) onProtocolUrl(url);
    },
  };
}
