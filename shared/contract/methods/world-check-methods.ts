/** The world editor's live check: what the graph draws while the user types, before anything is applied. */
import { Type } from '@sinclair/typebox';
import { method, returns, type ApiOf } from './declare-method.js';
import { WORLD_LIMITS } from '../../sandbox/world-limits.js';
import type { World } from '../../sandbox/world.js';
import type { WorldProblem } from '../../sandbox/world-problem.js';

export type CheckWorldResult = { ok: true; world: World } | { ok: false; problems: WorldProblem[] };

export const WORLD_CHECK_METHODS = {
  /**
   * Parses and validates a world (YAML or JSON) exactly as applying it would, and changes nothing: the editor's
   * markers and the live graph come from this one check.
   */
  checkSandboxWorld: method(
    Type.Object({ text: Type.String({ maxLength: WORLD_LIMITS.bytes }) }, { additionalProperties: false }),
    returns<CheckWorldResult>(),
  ),
};

export type WorldCheckApi = ApiOf<typeof WORLD_CHECK_METHODS>;
