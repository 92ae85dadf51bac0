import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import type { World } from '../../shared/sandbox/world.js';
import type { SandboxHandle, WorldChangeSource } from '../../electron/services/sandbox/sandbox-handle.js';
import {
  createSandboxControl,
  MANAGEMENT_API_CHANGE_NOTE,
  WORLD_FILE_NAME,
} from '../../electron/services/sandbox-control/sandbox-control.js';

/**
 * A stand-in for the running sandbox: it installs worlds at once, numbers them as the real one does, and lets the
 * test make a Management API write (which the real sandbox installs after any apply asked for before it).
 */
function standInSandbox() {
  const listeners = new Set<(world: World, source: WorldChangeSource) => void>();
  const install = (world: World, source: WorldChangeSource) => {
    handle.world = world;
    handle.worldNumber += 1;
    for (const listener of listeners) listener(world, source);
    return handle.worldNumber;
  };
  const handle: SandboxHandle = {
    issuer: 'http://127.0.0.1:1/oidc',
    origin: 'http://127.0.0.1:1',
    port: 1,
    resources: [],
    clients: [],
    world: parseYaml(DEFAULT_WORLD_YAML) as World,
    worldNumber: 1,
    applyWorld: async (world) => install(world, 'caller'),
    onWorldApplied(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => undefined,
  };
  return { handle, managementWrite: (world: World) => install(world, 'management-api') };
}

const withRole = (world: World, name: string): World => ({
  ...world,
  roles: [...world.roles, { ...world.roles[0]!, id: `test-${name.toLowerCase()}`, name }],
});

describe('an apply from the editor, and a Management API write landing while it is saved', () => {
  it('saves the applied text, and shows the world in force, with the write in it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-control-'));
    const sandbox = standInSandbox();
    const control = createSandboxControl({ dataDir, sandbox: sandbox.handle, initialText: DEFAULT_WORLD_YAML });
    const edited = stringify(withRole(parseYaml(DEFAULT_WORLD_YAML) as World, 'Editor'));
    // The write lands right after the edited world is installed, before the apply has saved it.
    sandbox.handle.onWorldApplied((world, source) => {
      if (source === 'caller') queueMicrotask(() => sandbox.managementWrite(withRole(world, 'Auditor')));
    });

    const result = await control.apply(edited);

    expect(result).toMatchObject({ ok: true });
    expect(readFileSync(join(dataDir, WORLD_FILE_NAME), 'utf8')).toBe(edited);
    const shown = control.state().worldText;
    expect(shown.startsWith(MANAGEMENT_API_CHANGE_NOTE)).toBe(true);
    const roles = (parseYaml(shown) as World).roles.map((role) => role.name);
    expect(roles).toEqual(expect.arrayContaining(['Editor', 'Auditor']));
  });

  it('shows the applied text itself when nothing changed the world since', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-control-'));
    const sandbox = standInSandbox();
    const control = createSandboxControl({ dataDir, sandbox: sandbox.handle, initialText: DEFAULT_WORLD_YAML });
    const edited = `# my world\n${stringify(withRole(parseYaml(DEFAULT_WORLD_YAML) as World, 'Editor'))}`;
    await control.apply(edited);
    expect(control.state().worldText).toBe(edited);
  });
});
