import type { ApiMethod, TokenscopeApi } from '../../../shared/contract/api';

/** One read to send at once: a contract method and its argument. */
export type EarlyRead = { [M in ApiMethod]: [M, ...Parameters<TokenscopeApi[M]>] }[ApiMethod];

const keyOf = (method: string, argument: unknown) => `${method} ${JSON.stringify(argument ?? null)}`;

/**
 * Sends `reads` now and returns the API with their answers waiting: the first call of the same method with the same
 * argument takes the answer already on its way instead of asking again; any later call asks anew. For the first
 * screen: its reads leave while the rest of the window's code (React included) is still being evaluated, instead of
 * from the stores afterwards, so their answers are in when the first render wants them (issue 18, start-up).
 * Only for reads: a call that changes something must not be answered from before it was made.
 */
export function answerEarly(api: TokenscopeApi, reads: readonly EarlyRead[]): TokenscopeApi {
  const waiting = new Map<string, Promise<unknown>>();
  const call = (method: string) => (api as unknown as Record<string, (argument?: unknown) => Promise<unknown>>)[method]!;
  for (const [method, argument] of reads) {
    const answer = call(method)(argument);
    answer.catch(() => {}); // taken by the store's call, which sees the error; never an unhandled rejection meanwhile
    waiting.set(keyOf(method, argument), answer);
  }
  return new Proxy(api, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof name !== 'string' || typeof value !== 'function') return value;
      return (argument?: unknown) => {
        const key = keyOf(name, argument);
        const answer = waiting.get(key);
        if (!answer) return call(name)(argument);
        waiting.delete(key);
        return answer;
      };
    },
  });
}
