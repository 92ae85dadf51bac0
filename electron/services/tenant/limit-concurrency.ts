/**
 * At most `limit` tasks run at once; the rest wait in order, and a finishing task hands its slot straight to the
 * next. Written here (a dozen lines) because p-limit is not one of Tokenscope's dependencies.
 */
export function limitConcurrency(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const resume = waiting.shift();
      if (resume) resume();
      else running--;
    }
  };
}
