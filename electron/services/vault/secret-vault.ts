/**
 * Where Tokenscope keeps client secrets, private keys and refresh tokens: never in a workspace file, never in
 * a log. Three implementations: Electron's safeStorage (desktop, in electron/main), a passphrase-encrypted file
 * (browser host and CLI), and memory only (no passphrase given).
 */
import type { VaultProblem, VaultStatus } from '../../../shared/contract/vault-status.js';

export type { VaultBackend, VaultProblem, VaultStatus } from '../../../shared/contract/vault-status.js';

export interface SecretVault {
  get(name: string): Promise<string | undefined>;
  set(name: string, value: string): Promise<void>;
  /** Resolves to whether there was a secret by that name. */
  delete(name: string): Promise<boolean>;
  /** Names only, sorted; values leave the vault one at a time through `get`. */
  list(): Promise<string[]>;
  /** As last known: `problem` is set once opening the file failed (see `check`). */
  status(): VaultStatus;
  /** Opens the vault if it is not open yet and says how it went: what the app reports at start. */
  check(): Promise<VaultStatus>;
}

export const MAX_SECRET_NAME_LENGTH = 200;

export function checkSecretName(name: unknown): string {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_SECRET_NAME_LENGTH) {
    throw new TypeError(`A secret's name must be a non-empty string of at most ${MAX_SECRET_NAME_LENGTH} characters.`);
  }
  return name;
}

/** The vault file exists and cannot be opened; `problem` says why and what to do. Writes are refused with it. */
export class VaultUnavailableError extends Error {
  override readonly name: string = 'VaultUnavailableError';
  constructor(readonly problem: VaultProblem) {
    super(problem.message);
  }
}

/** The key does not open the file: a wrong passphrase, or a file altered since. */
export class VaultLockedError extends VaultUnavailableError {
  override readonly name = 'VaultLockedError';
}
