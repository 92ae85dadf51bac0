import { isApiMethod, type TokenscopeApi } from '../../../shared/contract/api.js';
import { bodyByteLimit, tooLargeMessage } from '../../../shared/contract/call-limits.js';
import type { ApiEnvelope } from '../../../shared/contract/transport.js';
import { validateArgument } from './validate-argument.js';

/** Bytes of the argument as JSON, as the browser transport would send it; undefined when it is not plain JSON. */
function jsonByteLength(argument: unknown): number | undefined {
  try {
    return Buffer.byteLength(JSON.stringify(argument));
  } catch {
    // A cycle, a BigInt or nesting deeper than the stack: no renderer of ours sends that.
    return undefined;
  }
}

/**
 * The single entry point for every call from a renderer, whether it came over IPC or HTTP.
 * Checks the method name, the argument's size and its shape before any service runs, and turns every failure
 * into an envelope: a renderer never sees a stack trace, and a bug never takes the host down.
 * `bodyBytes`: the size the browser host already counted; over IPC it is measured here, so the limit of each call
 * (`shared/contract/call-limits.ts`) holds in both shells.
 */
export async function dispatch(
  api: TokenscopeApi,
  method: unknown,
  rawArgument: unknown,
  bodyBytes?: number,
): Promise<ApiEnvelope> {
  // JSON has no undefined: a call without an argument arrives as null from every transport.
  const argument = rawArgument === undefined ? null : rawArgument;
  if (!isApiMethod(method)) {
    return {
      ok: false,
      error: {
        code: 'unknown_method',
        message: `Tokenscope has no call named ${JSON.stringify(method)}. The renderer and main side are from different builds: rebuild with npm run build.`,
      },
    };
  }
  const bytes = bodyBytes ?? jsonByteLength(argument);
  if (bytes === undefined) {
    const message = `${method}: the argument is not plain JSON (a cycle, a BigInt or too deeply nested).`;
    return { ok: false, error: { code: 'bad_argument', message } };
  }
  if (bytes > bodyByteLimit(method)) {
    return { ok: false, error: { code: 'too_large', message: tooLargeMessage(method) } };
  }
  const problem = validateArgument(method, argument);
  if (problem) return { ok: false, error: { code: 'bad_argument', message: `${method}: ${problem}` } };
  try {
    const call = api[method] as (argument: unknown) => Promise<unknown>;
    return { ok: true, value: await call.call(api, argument) };
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `${method} failed inside Tokenscope: ${(error as Error)?.message ?? String(error)}`,
      },
    };
  }
}
