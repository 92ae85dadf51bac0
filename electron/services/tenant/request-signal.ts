/** One request's abort signal: the read's own, or the request's time bound, whichever ends first. */
export interface RequestSignal {
  signal: AbortSignal;
  /** Whether the request's own bound ended it (not the read's signal). */
  timedOut(): boolean;
  /** Ends the bound's timer and stops listening to the read's signal; call once the request is over. */
  done(): void;
}

/**
 * Written by hand instead of `AbortSignal.any([read, AbortSignal.timeout(ms)])`: in Node 20 each of those is a
 * transferable signal, and `any` keeps every request's signal tied to the read's until the read ends. In a CPU
 * profile of 16 reads of a 1,000-user tenant, abort-signal internals (`abort_controller`, `makeTransferable`) took
 * 0.51 s with them and 0.26 s with this: one controller, one timer, and one listener removed when the request is over.
 */
export function requestSignal(read: AbortSignal, ms: number): RequestSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onReadAbort = () => controller.abort(read.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError'));
  }, ms);
  if (read.aborted) onReadAbort();
  else read.addEventListener('abort', onReadAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer);
      read.removeEventListener('abort', onReadAbort);
    },
  };
}
