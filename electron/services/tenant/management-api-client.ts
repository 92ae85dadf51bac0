import type { HttpCapture } from '../flows/http-capture.js';
import { TENANT_READ_LIMITS, type TenantReadLimits } from '../../../shared/tenant/read-limits.js';
import { explainManagementAnswer, type TenantReadProblem } from '../../../shared/tenant/read-problem.js';
import { limitConcurrency } from './limit-concurrency.js';
import { capturedGet, type ManagementAnswer } from './captured-get.js';
import { readOnlyFetch, type GetFetch } from './read-only-fetch.js';
import { requestSignal } from './request-signal.js';

/** A request that ended without a usable answer, with the explanation; `fatal` stops the whole read. */
export class ManagementApiFault extends Error {
  constructor(
    readonly problem: TenantReadProblem,
    readonly fatal: boolean,
  ) {
    super(problem.message);
    this.name = 'ManagementApiFault';
  }
}

export interface ManagementPage {
  body: unknown;
  /** Logto's `Total-Number` header: how many items the whole list has. */
  total?: number;
}

export interface ManagementApiClientOptions {
  baseUrl: string;
  accessToken: string;
  indicator: string;
  clientId: string;
  capture: HttpCapture;
  /** Ends every request of the read (its overall bound, or the user leaving). */
  signal: AbortSignal;
  limits?: TenantReadLimits;
  /** Told when a request is queued (a retry too) and when it ends, for progress. */
  onRequestPlanned?: () => void;
  onRequestDone?: () => void;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** RFC 9110 §10.2.3: delay-seconds or an HTTP-date. */
function retryAfterSeconds(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * GET requests to one tenant's Management API with its token: at most `concurrency` at once, each bounded in time,
 * a 429 waited out within the stated bound, every request (retries too) in the read's timeline. Read-only by
 * construction: the one way out is `readOnlyFetch`.
 */
export class ManagementApiClient {
  private readonly limits: TenantReadLimits;
  private readonly send: GetFetch<ManagementAnswer>;
  private readonly slot: <T>(task: () => Promise<T>) => Promise<T>;
  /** Set by a fault that will not get better within this read (rate limit exhausted, read bound reached). */
  private stopped: TenantReadProblem | undefined;

  constructor(private readonly options: ManagementApiClientOptions) {
    this.limits = options.limits ?? TENANT_READ_LIMITS;
    this.slot = limitConcurrency(this.limits.concurrency);
    // Twice the request's bound: its signal (requestSignal) always ends it first, as a timeout.
    this.send = readOnlyFetch(capturedGet(options.capture, 2 * this.limits.requestTimeoutSeconds * 1000));
  }

  get stoppedBy(): TenantReadProblem | undefined {
    return this.stopped;
  }

  /** `path` is below the API's base, e.g. `/roles?page=1&page_size=100`. */
  get(path: string): Promise<ManagementPage> {
    this.options.onRequestPlanned?.();
    return this.slot(() => this.attempt(path, 0));
  }

  private again(path: string, retries: number, resent: number): Promise<ManagementPage> {
    this.options.onRequestPlanned?.();
    return this.attempt(path, retries, resent);
  }

  private async attempt(path: string, retries: number, resent = 0): Promise<ManagementPage> {
    const request = `GET /api${path}`;
    if (this.stopped) throw new ManagementApiFault({ ...this.stopped, request }, false);
    const { signal } = this.options;
    if (signal.aborted) throw this.stop(this.readTimedOut(request));
    const bound = requestSignal(signal, this.limits.requestTimeoutSeconds * 1000);
    let status: number;
    let body: unknown;
    let response: ManagementAnswer;
    try {
      response = await this.send(`${this.options.baseUrl}${path}`, {
        method: 'GET',
        headers: { authorization: `Bearer ${this.options.accessToken}`, accept: 'application/json' },
        signal: bound.signal,
      });
      status = response.status;
      const text = response.text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
    } catch (error) {
      if (signal.aborted) throw this.stop(this.readTimedOut(request));
      const timedOut = bound.timedOut();
      // A kept-alive connection the server closed just as it was reused fails at once (see the limit).
      if (!timedOut && resent < this.limits.resendsAfterReset) return this.again(path, retries, resent + 1);
      const problem: TenantReadProblem = timedOut
        ? {
            kind: 'timeout',
            request,
            message: `${request} did not answer within ${this.limits.requestTimeoutSeconds} s; Tokenscope stopped waiting.`,
            fix: 'Refresh when the tenant answers faster; what was read is shown, marked as partial.',
          }
        : {
            kind: 'unreachable',
            request,
            message: `${request} failed: ${(error as Error).message}${(error as { cause?: Error }).cause ? ` (${(error as { cause: Error }).cause.message})` : ''}.`,
            fix: "Check the connection's endpoint and your network, then refresh.",
          };
      throw new ManagementApiFault(problem, false);
    } finally {
      bound.done();
      this.options.onRequestDone?.();
    }
    if (status === 429) {
      const wait =
        retryAfterSeconds(response.headers['retry-after'], Date.now()) ?? this.limits.retryAfterDefaultSeconds;
      if (retries < this.limits.retriesAfter429 && wait <= this.limits.retryAfterMaxSeconds) {
        await sleep(wait * 1000, signal);
        return this.again(path, retries + 1, resent);
      }
      throw this.stop(this.explain(429, body, request));
    }
    if (status < 200 || status >= 300) {
      const problem = this.explain(status, body, request);
      const fatal = problem.kind === 'forbidden' || problem.kind === 'token-refused';
      throw fatal ? this.stop(problem, true) : new ManagementApiFault(problem, false);
    }
    const header = response.headers['total-number'];
    const total = header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
    return { body, ...(total !== undefined ? { total } : {}) };
  }

  private explain(status: number, body: unknown, request: string): TenantReadProblem {
    return explainManagementAnswer({
      status,
      body,
      request,
      indicator: this.options.indicator,
      clientId: this.options.clientId,
    });
  }

  private readTimedOut(request: string): TenantReadProblem {
    return {
      kind: 'timeout',
      request,
      message: `The read took longer than its bound of ${this.limits.readTimeoutSeconds} s and was stopped at ${request}.`,
      fix: 'Refresh to read again; what was read is shown, marked as partial.',
    };
  }

  private stop(problem: TenantReadProblem, fatal = false): ManagementApiFault {
    this.stopped ??= problem;
    return new ManagementApiFault(problem, fatal);
  }
}
