import { isApiMethod, type TokenscopeApi } from '../../../shared/contract/api.js';
import type { ApiEnvelope } from '../../../shared/contract/transport.js';
import { validateArgument } from './validate-argument.js';

/**
 * The single entry point for every call from a renderer, whether it came over IPC or HTTP.
 * Checks the method name and the argument's shape before any service runs, and turns every failure
 * into an envelope: a renderer never sees a stack trace, and a bug never takes the host down.
 */
export async function dispatch(api: TokenscopeApi, method: unknown, rawArgument: unknown): Promise<ApiEnvelope> {
  // JSON has no undefined: a call without an argument arrives as null from every transport.
  const argument = rawArgument === undefined ? null : rawArgument;
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Tokenscope has no call named ${JSON.stringify(method)}. The renderer and main side are from different builds: rebuild with npm run build.` } };
  }
  const problem = validateArgument(method, argument);
  if (problem) return { ok: false, error: { code: 'bad_argument', message: `${method}: ${problem}` } };
  try {
    const call = api[method] as (argument: unknown) => Promise<unknown>;
    return { ok: true, value: await call.call(api, argument) };
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: `${method} failed inside Tokenscope: ${(error as Error)?.message ?? String(error)}` } };
  }
}
