import type { World } from '../sandbox/world.js';
import type { WorldProblem } from '../sandbox/world-problem.js';

/** The Sandbox view: what runs, the world it serves, and where that world is kept. */
export interface SandboxState {
  running: boolean;
  issuer?: string;
  port?: number;
  /** Why it is not running, with what to do. */
  error?: string;
  /** The world in force, as the user edits it (YAML or JSON). */
  worldText: string;
  /** The parsed world in force, for the picture. */
  world?: World;
  /** Where an applied world is saved; the default world is used while this file does not exist. */
  worldFile: string;
  usingDefaultWorld: boolean;
  /** Set when the saved world file could not be loaded at start: the default world runs instead. */
  loadProblem?: string;
}

export type ApplyWorldResult = { ok: true; state: SandboxState } | { ok: false; problems: WorldProblem[] };
