/**
 * Every bound of reading a tenant through its Management API, stated once. Each one, when hit, ends the read as
 * partial with a gap that names it and says what to do: never a read that looks complete and is not.
 */
export const TENANT_READ_LIMITS = {
  /** Logto's largest `page_size`; a larger one is 400 `guard.invalid_pagination`. */
  pageSize: 100,
  /** Requests in flight at once: enough to overlap round trips, few enough not to provoke a tenant's rate limit. */
  concurrency: 6,
  /** One request, from sending it to the last byte of its answer. */
  requestTimeoutSeconds: 20,
  /** A 429 is retried after its `Retry-After` (RFC 9110 §10.2.3) only when that is at most this long... */
  retryAfterMaxSeconds: 30,
  /** ...and at most this many times per request; then the read stops as partial. */
  retriesAfter429: 3,
  /**
   * A request whose connection failed at once (a kept-alive socket the server closed as it was reused) is sent again
   * this many times: a GET is safe to repeat (RFC 9110 §9.2.2). A timeout is never resent.
   */
  resendsAfterReset: 2,
  /** Without a `Retry-After`, a 429 is retried after this long. */
  retryAfterDefaultSeconds: 2,
  /** Items read per collection (users, roles, ...): the sandbox's own world limit, so both sources hold the same. */
  itemsPerCollection: 20_000,
  /** The whole read, token included: past it, what was read is kept and the rest is named as missing. */
  readTimeoutSeconds: 300,
} as const;

/** The same bounds, any values: tests shorten them to reach each one quickly. */
export type TenantReadLimits = { readonly [K in keyof typeof TENANT_READ_LIMITS]: number };
