import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { worldSchema } from '../../../../shared/sandbox/world-schema.js';

/** Where the world's validator is written, from the project's root; git ignores it (it is built, not written). */
export const GENERATED_VALIDATOR = 'electron/services/sandbox/world/world-schema-validator.generated.ts';

/**
 * The options the world is checked with; the generated validator is compiled with these. `inlineRefs: false`: each
 * of the schema's `definitions` becomes one function that every place using it calls, instead of a copy per place.
 */
export const WORLD_AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false } as const;

/**
 * The world schema's validator as ajv compiles it, written out as code (ajv's "standalone" output), so a start does
 * not pay ajv's compile (about a second on a slow machine, `npm run bench sandbox-double`) before it serves.
 * `npm run generate` writes it (npm install, typecheck, build and test run that first);
 * tests/unit/world-schema-validator.test.ts checks that the file on disk is what the schema gives now.
 */
export function worldValidatorSource(): string {
  const ajv = new Ajv({ ...WORLD_AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const generate = (standaloneCode as unknown as { default?: typeof standaloneCode }).default ?? standaloneCode;
  let code = generate(ajv, ajv.compile(worldSchema));
  // ajv's ESM output still requires its runtime helpers (string length in code points for minLength, deep equality
  // for uniqueItems): each becomes an import. Node gives a CommonJS module's exports as the default import; bundlers
  // give its __esModule default.
  const helpers: string[] = [];
  code = code.replace(/const (\w+) = require\("ajv\/dist\/runtime\/(\w+)"\)\.default;/g, (_, name, helper) => {
    helpers.push(`import ${helper} from 'ajv/dist/runtime/${helper}.js';`);
    return `const ${name} = typeof ${helper} === 'function' ? ${helper} : ${helper}.default;`;
  });
  if (code.includes('require(')) throw new Error('ajv standalone output needs a runtime helper not imported here');
  const body = code
    .replace(/^"use strict";/, '')
    .replace(/export const validate = (\w+);\s*export default \w+;/, 'export const validateWorldSchema = $1;');
  if (!body.includes('export const validateWorldSchema')) throw new Error('ajv standalone output changed its exports');
  const header = [
    '// Generated from shared/sandbox/world-schema.ts by electron/services/sandbox/world/world-validator-source.ts.',
    '// Do not edit: `npm run generate` writes it again.',
    '/* eslint-disable */',
    '// @ts-nocheck',
    ...helpers.sort(),
  ];
  return `${header.join('\n')}\n${body.trim()}\n`;
}
