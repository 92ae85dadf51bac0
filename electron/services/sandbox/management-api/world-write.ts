import { randomBytes } from 'node:crypto';
import type { World } from '../../../../shared/sandbox/world.js';
import { WorldError } from '../world/world-validation.js';
import { logtoError } from './logto-errors.js';
import type { RouteAnswer, RouteContext } from './route-table.js';

/** What a write decides from the world it reads: the next world and the answer, or a refusal (the world unchanged). */
export type WriteDecision = { world: World; answer: RouteAnswer } | RouteAnswer;

/** One queue per sandbox: a write reads the world the previous write left, so two at once cannot lose one. */
const queues = new WeakMap<object, Promise<unknown>>();

/**
 * Applies one Management API write: `decide` reads the world in force and returns the whole next world, which the
 * sandbox's `applyWorld` checks before it serves it (schema, references, oidc-provider's client checks). So a write
 * is applied whole or not at all, and a refused one leaves the running world as it was.
 */
export function writeWorld(
  { state }: RouteContext,
  decide: (world: World) => WriteDecision | Promise<WriteDecision>,
): Promise<RouteAnswer> {
  const key = state.applyWorld;
  const run = (queues.get(key) ?? Promise.resolve()).then(async (): Promise<RouteAnswer> => {
    const world = state.currentWorld();
    const decision = await decide(structuredClone(world));
    if (!('world' in decision)) return decision;
    try {
      // JSON's copy drops the members a write left undefined, which the world's schema would read as present.
      await state.applyWorld(JSON.parse(JSON.stringify(decision.world)) as World, 'management-api');
    } catch (error) {
      if (!(error instanceof WorldError)) throw error;
      // A rule of the world Logto itself does not have (say, a redirect URI oidc-provider refuses).
      return logtoError(
        400,
        'guard.invalid_input',
        `The sandbox refused the change and kept its world: ${error.problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; ')}`,
        { problems: error.problems },
      );
    }
    return decision.answer;
  });
  queues.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}

/** Logto's generated ids: lowercase letters and digits, 21 long (users: 12). */
export function logtoId(length = 21): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');
}

export const created = (body: unknown): RouteAnswer => ({ status: 201, body });
export const noContent = (): RouteAnswer => ({ status: 204 });
