import type { TokenscopeApi } from '../../shared/contract/api.js';
import type { SubscribeToEvents, TokenscopeEvent, TokenscopeEventListener } from '../../shared/contract/events.js';

export interface FakeCall {
  method: string;
  argument: unknown;
}

/**
 * A stand-in for the main side: each method answers from `answers` (a value or a function of the argument) and
 * every call is recorded. A method with no answer fails the call, so a test sees any call it did not expect.
 */
export function fakeApi(answers: Record<string, unknown>) {
  const calls: FakeCall[] = [];
  const api = new Proxy({} as TokenscopeApi, {
    get: (_target, method: string) => async (argument?: unknown) => {
      calls.push({ method, argument });
      if (!(method in answers)) throw new Error(`unexpected call ${method}`);
      const answer = answers[method];
      return typeof answer === 'function' ? (answer as (a: unknown) => unknown)(argument) : structuredClone(answer);
    },
  });
  const named = (method: string) => calls.filter((c) => c.method === method);
  return { api, calls, named };
}

/** The events a test pushes, as the preload bridge or the browser host's stream would deliver them. */
export function fakeEvents() {
  const listeners = new Set<TokenscopeEventListener>();
  const subscribe: SubscribeToEvents = (listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const push = (event: TokenscopeEvent) => listeners.forEach((listener) => listener(event));
  return { subscribe, push, listening: () => listeners.size };
}

/** Lets the promises the stores started settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
