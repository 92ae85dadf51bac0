import { afterAll, beforeAll } from 'vitest';

/**
 * A stand-in for `what`, read when a test runs rather than when the file is collected (nothing has started then):
 * every field is read from `current()` at that moment, and throws the reason when it is not there yet.
 */
export function readWhenRun<T extends object>(what: string, current: () => T | undefined): T {
  const target = (): T => {
    const value = current();
    if (!value) throw new Error(`${what} starts in beforeAll: read it inside a test or a hook.`);
    return value;
  };
  return new Proxy({} as T, {
    get(_, key) {
      // Not a promise: `await` and async returns look for `then`, and must not take this for one.
      if (key === 'then') return undefined;
      const started = target();
      const value: unknown = Reflect.get(started, key, started);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

/**
 * Something a test file (or a describe) holds for all its tests, a server or the app's services: started before
 * the first test, closed after the last. Call at the top of the file; read its fields inside tests and hooks.
 */
export function startedForFile<T extends { close(): Promise<void> }>(what: string, start: () => Promise<T>): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started?.close());
  return readWhenRun(what, () => started);
}
