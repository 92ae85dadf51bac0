import type { ApiResourceSummary, ClientSummary } from '../../../shared/contract/connection.js';
import type { World } from '../../../shared/sandbox/world.js';

/** A sandbox client as the main side sees it: the secret stays here and never crosses the contract. */
export interface SandboxClient extends ClientSummary {
  clientSecret?: string;
}

/** Who gave the sandbox its world: a caller of `applyWorld` (the app, a watched file) or a Management API write. */
export type WorldChangeSource = 'caller' | 'management-api';

/** A running sandbox authorization server, bound to loopback. */
export interface SandboxHandle {
  /** e.g. http://127.0.0.1:51234/oidc (Logto's layout: issuer = origin + /oidc). */
  issuer: string;
  origin: string;
  port: number;
  resources: ApiResourceSummary[];
  clients: SandboxClient[];
  /** The world in force. */
  world: World;
  /** The number of the world in force: each world the sandbox starts serving gets the next one (the first is 1). */
  worldNumber: number;
  /**
   * Serves `world` from the next request on, without a restart. Sessions and issued tokens stay; the keys stay
   * unless the world asks for another key type. Resolves with the world's number: a caller tells by `worldNumber`
   * whether another world (a Management API write, say) has replaced it since.
   */
  applyWorld(world: World): Promise<number>;
  /**
   * Called after each world the sandbox starts serving, with who changed it: a caller of `applyWorld` or a write
   * through the Management API. Returns the function that stops the calls.
   */
  onWorldApplied(listener: (world: World, source: WorldChangeSource) => void): () => void;
  close(): Promise<void>;
}

export interface StartSandboxOptions {
  /** 0 or absent: a random free port. */
  port?: number;
  /** The world to serve; the default world when absent. */
  world?: World;
}
