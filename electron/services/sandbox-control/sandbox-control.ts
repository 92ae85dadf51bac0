import type { EventHub } from '../events/event-hub.js';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApplyWorldResult, SandboxState } from '../../../shared/contract/sandbox-state.js';
import { DEFAULT_WORLD_YAML } from '../../../shared/sandbox/default-world.js';
import type { World } from '../../../shared/sandbox/world.js';
import type { SandboxHandle } from '../sandbox/sandbox-handle.js';
import { locateProblems, parseWorld, WorldError } from '../sandbox/world/world-validation.js';
import { readWorldText } from '../sandbox/world/world-file.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { stringify } from 'yaml';

export const WORLD_FILE_NAME = 'sandbox-world.yaml';

/** Heads the world's text after a Management API write, so the editor says where the running world came from. */
export const MANAGEMENT_API_CHANGE_NOTE =
  "# Changed through the sandbox's Management API (not saved: Apply saves it; the next start uses the saved world).\n";

/** The world to start the sandbox with: the user's saved one when it loads, else the default and why. */
export async function loadSavedWorld(dataDir: string): Promise<{ world?: World; text: string; problem?: string }> {
  const file = join(dataDir, WORLD_FILE_NAME);
  if (!existsSync(file)) return { text: DEFAULT_WORLD_YAML };
  try {
    const text = await readWorldText(file);
    return { world: parseWorld(text, file), text };
  } catch (error) {
    return {
      text: DEFAULT_WORLD_YAML,
      problem: `${file} could not be loaded, so the default world runs: ${(error as Error).message} Fix the file, or apply a world from the Sandbox view to replace it.`,
    };
  }
}

export interface SandboxControl {
  state(): SandboxState;
  apply(text: string): Promise<ApplyWorldResult>;
  reset(): Promise<SandboxState>;
}

/**
 * Edits to the running sandbox's world. A world that does not validate never reaches the sandbox: the old one
 * stays in force and the problems come back with their lines. One that does is saved atomically, so it is
 * the world of the next start too.
 */
export function createSandboxControl(options: {
  dataDir: string;
  sandbox: SandboxHandle | { error: string };
  initialText: string;
  loadProblem?: string;
  /** Told when another world runs, so the renderer reloads the connections it lists. */
  events?: Pick<EventHub, 'publish'>;
}): SandboxControl {
  const file = join(options.dataDir, WORLD_FILE_NAME);
  const sandbox = 'issuer' in options.sandbox ? options.sandbox : undefined;
  let text = options.initialText;
  let loadProblem = options.loadProblem;

  // A write through the sandbox's Management API changes the running world, not the saved file: the view shows the
  // world in force (as YAML, comments gone) and hears of it like any applied world; the next start uses the file.
  sandbox?.onWorldApplied((world, source) => {
    if (source !== 'management-api') return;
    text = `${MANAGEMENT_API_CHANGE_NOTE}${stringify(world, { lineWidth: 0 })}`;
    options.events?.publish({ type: 'world-applied' });
  });

  /**
   * Shows the text of a world this control applied, unless another world has replaced it since: a Management API
   * write can land between the apply and the save, and its world (shown by the listener above) is then the one in force.
   */
  const showIfInForce = (applied: number | undefined, appliedText: string) => {
    if (applied === undefined || applied === sandbox?.worldNumber) text = appliedText;
  };

  const state = (): SandboxState => ({
    running: Boolean(sandbox),
    issuer: sandbox?.issuer,
    port: sandbox?.port,
    error: sandbox ? undefined : (options.sandbox as { error: string }).error,
    worldText: text,
    world: sandbox?.world,
    worldFile: file,
    usingDefaultWorld: !existsSync(file),
    loadProblem,
  });

  return {
    state,
    async apply(newText) {
      let world: World;
      try {
        world = parseWorld(newText, 'the edited world');
      } catch (error) {
        if (error instanceof WorldError) return { ok: false, problems: error.problems };
        return { ok: false, problems: [{ path: '', message: (error as Error).message }] };
      }
      if (!sandbox)
        return {
          ok: false,
          problems: [
            {
              path: '',
              message: `The sandbox is not running (${state().error}), so the world cannot be applied. Restart Tokenscope.`,
            },
          ],
        };
      let applied: number;
      try {
        applied = await sandbox.applyWorld(world);
      } catch (error) {
        // oidc-provider's own client checks (a malformed public key, say) come after parsing: same answer, same lines.
        if (error instanceof WorldError) return { ok: false, problems: locateProblems(newText, error.problems) };
        throw error;
      }
      await writeFileAtomic(file, newText);
      showIfInForce(applied, newText);
      loadProblem = undefined;
      options.events?.publish({ type: 'world-applied' });
      return { ok: true, state: state() };
    },
    async reset() {
      const world = parseWorld(DEFAULT_WORLD_YAML, 'the default world');
      const applied = await sandbox?.applyWorld(world);
      await rm(file, { force: true });
      showIfInForce(applied, DEFAULT_WORLD_YAML);
      loadProblem = undefined;
      options.events?.publish({ type: 'world-applied' });
      return state();
    },
  };
}
