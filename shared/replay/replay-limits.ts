/**
 * The limits of one replayed call, stated once: how long it may take in all (curl's `--max-time`), and how much of
 * an answer is read. An API that trickles a byte every few seconds, or streams for ever, is cut off at the first it
 * reaches; what arrived until then is kept, and the call says which limit ended it and how to change it.
 */
export const MAX_TIME_LIMITS = {
  /** When the request names none. */
  defaultSeconds: 60,
  minSeconds: 0.1,
  maxSeconds: 3600,
} as const;

/** Bytes of an answer read (decompressed); the rest is not downloaded. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;

/** A call ended by one of its limits rather than by the API: which one, its value, and what to do. */
export interface CallCutOff {
  limit: 'max-time' | 'max-size';
  /** Seconds for `max-time`, bytes for `max-size`. */
  value: number;
  explanation: string;
}

const seconds = (value: number) => `${Number(value.toFixed(3))} s`;
const mebibytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(2))} MiB`;

/** `receivedBytes` undefined: no answer had started. */
export function timeCutOff(maxTimeSeconds: number, fromRequest: boolean, receivedBytes?: number): CallCutOff {
  const what =
    receivedBytes === undefined
      ? `No answer came within the call's time limit of ${seconds(maxTimeSeconds)}`
      : `The answer was still arriving when the call's time limit of ${seconds(maxTimeSeconds)} ran out; ` +
        `the ${receivedBytes} bytes received until then are kept`;
  const where = fromRequest ? 'the limit this request sets' : `the default of ${MAX_TIME_LIMITS.defaultSeconds} s`;
  return {
    limit: 'max-time',
    value: maxTimeSeconds,
    explanation:
      `${what} (${where}). If the API is slow rather than stuck, raise "Max time" in the request ` +
      `(up to ${MAX_TIME_LIMITS.maxSeconds} s); if it streams without end, this is as much as Tokenscope reads.`,
  };
}

export function sizeCutOff(maxBytes: number): CallCutOff {
  return {
    limit: 'max-size',
    value: maxBytes,
    explanation:
      `The answer was larger than ${mebibytes(maxBytes)}, the most Tokenscope reads of one answer: the first ` +
      `${mebibytes(maxBytes)} are kept and the rest was not downloaded. Ask the API for less (a page size, a filter ` +
      'or a Range header), or fetch the whole body with the call exported as curl.',
  };
}

/**
 * How large a replayed request may be, in characters, stated once: the contract's schemas for sending and saving a
 * request read these, and the call's byte limit follows from them (`shared/contract/call-limits.ts`).
 */
export const REPLAY_REQUEST_LIMITS = {
  /** An HTTP method name (RFC 9110 §9.1: a token); the longest registered ones are far shorter. */
  method: 32,
  url: 16_000,
  headers: 200,
  headerName: 1000,
  /** Room for a bearer token or a cookie jar. */
  headerValue: 100_000,
  body: 10_000_000,
} as const;
