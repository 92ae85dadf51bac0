import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { PROJECT_DIR } from '../support/build.js';
import {
  GENERATED_VALIDATOR,
  WORLD_AJV_OPTIONS,
  worldValidatorSource,
} from '../../electron/services/sandbox/world/world-validator-source.js';
import { worldSchema } from '../../shared/sandbox/world-schema.js';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { validateWorldSchema } from '../../electron/services/sandbox/world/world-schema-validator.generated.js';

describe('the generated world validator', () => {
  it('is what ajv makes of the schema now', { timeout: 60_000 }, async () => {
    const onDisk = await readFile(join(PROJECT_DIR, GENERATED_VALIDATOR), 'utf8');
    expect(onDisk === worldValidatorSource(), 'the schema changed since it was written: npm run generate').toBe(true);
  });

  it("checks each of the schema's definitions in one function, called wherever it is used", () => {
    const functions = worldValidatorSource().match(/^function validate\d+\(/gm) ?? [];
    expect(functions).toHaveLength(Object.keys(worldSchema.definitions).length + 1);
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
