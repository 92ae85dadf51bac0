/** Thrown before anything is sent: Tokenscope reads tenants, it never writes to them. */
export class ReadOnlyViolation extends Error {
  constructor(method: string, url: string) {
    super(`Tokenscope only reads tenants: ${method} ${url} was refused before it was sent (GET only).`);
    this.name = 'ReadOnlyViolation';
  }
}

/** A sender of requests without a body; `A` is what it answers (a fetch Response, or `ManagementAnswer`). */
export type GetFetch<A = Response> = (
  url: string,
  init: { method: string; headers: Record<string, string>; signal?: AbortSignal },
) => Promise<A>;

/**
 * Every Management API request passes here: anything but GET throws before the request exists, whatever the
 * caller asked, so no code path of the reader can change a tenant (no body is ever sent either).
 */
export function readOnlyFetch<A>(send: GetFetch<A>): GetFetch<A> {
  return (url, init) => {
    if (init.method !== 'GET') return Promise.reject(new ReadOnlyViolation(init.method, url));
    return send(url, { method: 'GET', headers: init.headers, ...(init.signal ? { signal: init.signal } : {}) });
  };
}
