/** The Sandbox view's calls: what runs, and changing its world without a restart. */
import { Type } from '@sinclair/typebox';
import { method, NoArgument, returns, type ApiOf } from './declare-method.js';
import { WORLD_LIMITS } from '../../sandbox/world-limits.js';
import type { ApplyWorldResult, SandboxState } from '../sandbox-state.js';

export const SANDBOX_METHODS = {
  /** The sandbox: running or not, its issuer, the world it serves and where that is saved. */
  getSandbox: method(NoArgument(), returns<SandboxState>()),
  /** Validates a world (YAML or JSON) and, when valid, serves it from the next request on and saves it. */
  applySandboxWorld: method(
    // The world's own limit, in bytes; a character is at least one byte, so any text the sandbox takes fits.
    Type.Object({ text: Type.String({ maxLength: WORLD_LIMITS.bytes }) }, { additionalProperties: false }),
    returns<ApplyWorldResult>(),
  ),
  /** Back to the default world; the saved world file is removed. */
  resetSandboxWorld: method(NoArgument(), returns<SandboxState>()),
};

export type SandboxApi = ApiOf<typeof SANDBOX_METHODS>;
