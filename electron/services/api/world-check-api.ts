import type { WorldCheckApi } from '../../../shared/contract/methods/world-check-methods.js';
import { parseWorld, WorldError } from '../sandbox/world/world-validation.js';

/** The editor's live check: the same parse and validation as applying, with no effect on the running sandbox. */
export function createWorldCheckApi(): WorldCheckApi {
  return {
    async checkSandboxWorld({ text }) {
      try {
        return { ok: true, world: parseWorld(text, 'the edited world') };
      } catch (error) {
        if (error instanceof WorldError) return { ok: false, problems: error.problems };
        return { ok: false, problems: [{ path: '', message: (error as Error).message }] };
      }
    },
  };
}
