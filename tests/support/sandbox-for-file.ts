import { startSandbox } from '../../electron/services/sandbox/start-sandbox.js';
import type { SandboxHandle, StartSandboxOptions } from '../../electron/services/sandbox/sandbox-handle.js';
import { startedForFile } from './for-file.js';

/**
 * A sandbox for the whole test file: started before its first test (with `options()`, read then), closed after its
 * last. Call at the top of the file; read its fields inside tests and hooks.
 */
export function sandboxForFile(options: () => StartSandboxOptions = () => ({})): SandboxHandle {
  return startedForFile('The sandbox', () => startSandbox(options()));
}
