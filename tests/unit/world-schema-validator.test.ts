import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { PROJECT_DIR } from '../support/build.js';
import { GENERATED_VALIDATOR, WORLD_AJV_OPTIONS, worldValidatorSource } from '../support/world-validator-source.js';
import { worldSchema } from '../../shared/sandbox/world-schema.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { validateWorldSchema } from '../../electron/services/sandbox/world/world-schema-validator.generated.js';

describe('the generated world validator', () => {
  it('is what ajv makes of the schema now', { timeout: 60_000 }, async () => {
    const file = join(PROJECT_DIR, GENERATED_VALIDATOR);
    const fresh = await worldValidatorSource();
    if (process.env.UPDATE_GENERATED) await writeFile(file, fresh);
    expect(await readFile(file, 'utf8'), 'regenerate: UPDATE_GENERATED=1 npx vitest run ' + __filename).toBe(fresh);
  });

  it('answers as the compiled schema does, errors included', () => {
    const compiled = new Ajv(WORLD_AJV_OPTIONS).compile(worldSchema);
    const good = parseYaml(DEFAULT_WORLD_YAML) as Record<string, unknown>;
    const bad = { ...good, users: [{ id: 'x y', roles: 'none' }], extra: true };
    for (const world of [good, bad, {}, []]) {
      const expected = compiled(world);
      expect(validateWorldSchema(world)).toBe(expected);
      expect((validateWorldSchema as unknown as { errors?: unknown }).errors ?? null).toEqual(compiled.errors ?? null);
    }
  });
});
