/**
 * The one contract between the renderer and the main side.
 *
 * Two implementations answer it: the Electron preload bridge (IPC) and the loopback browser host (HTTP).
 * Both go through the same `dispatch` on the Node side, so the renderer cannot tell them apart.
 * Every method takes at most one plain-JSON argument and resolves to plain JSON: the value crosses
 * structured clone (IPC) or JSON (HTTP) unchanged.
 *
 * Each method is declared once, in `methods/*-methods.ts`: its argument's schema (the JSON Schema checked on the
 * main side, the TypeScript type, the call's byte limit) and its result type. Its name, its signature here and its
 * place in `API_METHODS` all come from that declaration.
 */
import type { TSchema } from '@sinclair/typebox';
import type { ApiOf } from './methods/declare-method.js';
import { APP_METHODS } from './methods/app-methods.js';
import { CONNECTION_METHODS } from './methods/connection-methods.js';
import { DISCOVERY_METHODS } from './methods/discovery-methods.js';
import { FLOW_METHODS } from './methods/flow-methods.js';
import { INSPECT_METHODS } from './methods/inspect-methods.js';
import { INSPECT_RUN_METHODS } from './methods/inspect-run-methods.js';
import { REPLAY_METHODS } from './methods/replay-methods.js';
import { SANDBOX_METHODS } from './methods/sandbox-methods.js';
import { LESSON_METHODS } from './methods/lesson-methods.js';
import { TENANT_METHODS } from './methods/tenant-methods.js';
import { DOCTOR_METHODS } from './methods/doctor-methods.js';
import { WORLD_CHECK_METHODS } from './methods/world-check-methods.js';

/** Every method of the contract, by area. */
export const API_DECLARATIONS = {
  ...APP_METHODS,
  ...CONNECTION_METHODS,
  ...FLOW_METHODS,
  ...INSPECT_METHODS,
  ...INSPECT_RUN_METHODS,
  ...SANDBOX_METHODS,
  ...WORLD_CHECK_METHODS,
  ...REPLAY_METHODS,
  ...LESSON_METHODS,
  ...TENANT_METHODS,
  ...DOCTOR_METHODS,
  ...DISCOVERY_METHODS,
};

export type TokenscopeApi = ApiOf<typeof API_DECLARATIONS>;

export type ApiMethod = keyof TokenscopeApi;

/** The methods a transport may call; anything else is refused before it reaches a service. */
export const API_METHODS = Object.keys(API_DECLARATIONS) as readonly ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(API_DECLARATIONS, name);
}

/** The JSON Schema of a method's argument, checked on the main side before a service runs. */
export function argumentSchema(method: ApiMethod): TSchema {
  return API_DECLARATIONS[method].argument;
}

export type ApiArgument<M extends ApiMethod> = Parameters<TokenscopeApi[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<TokenscopeApi[M]>>;
