/**
 * One HTTP exchange of a flow, as it went over the wire (discovery and JWKS included). Headers are lower-cased,
 * as fetch hands them over. Secrets are masked before an entry leaves the main side unless the user reveals them.
 */
export interface TimelineEntry {
  id: string;
  /** The flow step this request belongs to, e.g. "discovery", "token", "jwks". */
  step: string;
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  /** Absent when no response came back (refused, DNS, TLS, timeout); `error` says why. */
  status?: number;
  responseHeaders: Record<string, string>;
  responseBody?: string;
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  /** A network failure that left no response. */
  error?: string;
  /**
   * Set for a step the user's browser made: the authorization request and its redirect back, or (device flow) the
   * user confirming the code on the verification page, which Tokenscope never sees.
   */
  via?: 'browser';
  /** The client id of a Basic authorization header (not a secret), so a masked curl command can rebuild it. */
  basicClientId?: string;
}

/** The device flow's front-channel step (RFC 8628 §3.3): the user enters the code on another device. */
export const DEVICE_CONFIRMATION_STEP = 'user confirms the code';

export function isDeviceConfirmation(entry: TimelineEntry): boolean {
  return entry.via === 'browser' && entry.step === DEVICE_CONFIRMATION_STEP;
}
