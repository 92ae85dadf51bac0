import type { ApiMethod, TokenscopeApi } from '../../../shared/contract/api';

/** An answer already on its way: the call it stands for (a contract method and its argument) and the answer. */
export type EarlyAnswer = {
  [M in ApiMethod]: {
    method: M;
    argument?: Parameters<TokenscopeApi[M]>[0];
    answer: ReturnType<TokenscopeApi[M]>;
  };
}[ApiMethod];

const keyOf = (method: string, argument: unknown) => `${method} ${JSON.stringify(argument ?? null)}`;

/**
 * The API with answers already on their way: the first call of the same method with the same argument takes its
 * answer instead of asking again (the first two, given two answers); any later call asks anew. For the first screen:
 * its reads leave while the rest of the window's code (React included) is still being evaluated, not from the stores
 * afterwards, so their answers are in when the first render wants them (issue 18, start-up). Only for reads: a call
 * that changes something must not be answered from before it was made. `forget()` drops the answers no call took,
 * so a read made later (after a save, say) is never answered from start-up.
 */
export function answerEarly(api: TokenscopeApi, early: readonly EarlyAnswer[]): { api: TokenscopeApi; forget(): void } {
  // Per call, the answers in the order the calls will take them: the same call can be answered early more than once.
  const waiting = new Map<string, Array<Promise<unknown>>>();
  for (const { method, argument, answer } of early) {
    answer.catch(() => {}); // the store's call that takes it sees the error; no unhandled rejection meanwhile
    const key = keyOf(method, argument);
    waiting.set(key, [...(waiting.get(key) ?? []), answer]);
  }
  // Only these methods' calls are looked up (their argument serialised for the key, small for a read); every other
  // call goes straight through, so a 9 MB world is not serialised twice.
  const methods = new Set(early.map(({ method }) => method as string));
  const answering = new Proxy(api, {
    get(target, name, receiver) {
      const call: unknown = Reflect.get(target, name, receiver);
      if (typeof name !== 'string' || typeof call !== 'function' || !methods.has(name)) return call;
      return (argument?: unknown) => {
        const answer = waiting.get(keyOf(name, argument))?.shift();
        return answer ?? (call as (argument?: unknown) => Promise<unknown>)(argument);
      };
    },
  });
  return { api: answering, forget: () => waiting.clear() };
}
