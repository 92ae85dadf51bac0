import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { format } from 'prettier';
import { worldSchema } from '../../shared/sandbox/world-schema.js';

export const GENERATED_VALIDATOR = 'electron/services/sandbox/world/world-schema-validator.generated.ts';

/** The options the world is checked with; the generated validator is compiled with these. */
export const WORLD_AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true } as const;

/**
 * The world schema's validator as ajv compiles it, written out as code (ajv's "standalone" output), so a start does
 * not pay ajv's compile (about a second on a slow machine) before it serves. Kept in the tree and compared with this
 * by tests/unit/world-schema-validator.test.ts, so the schema and its validator cannot drift apart.
 */
export async function worldValidatorSource(): Promise<string> {
  const ajv = new Ajv({ ...WORLD_AJV_OPTIONS, code: { source: true, esm: true } });
  const generate = (standaloneCode as unknown as { default?: typeof standaloneCode }).default ?? standaloneCode;
  let code = generate(ajv, ajv.compile(worldSchema));
  // ajv's ESM output still requires its one runtime helper (string length in code points, for minLength).
  code = code.replace(
    /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/,
    // Node gives a CommonJS module's exports as the default import; bundlers give its __esModule default.
    "const $1 = typeof ucs2length === 'function' ? ucs2length : ucs2length.default;",
  );
  if (code.includes('require(')) throw new Error('ajv standalone output needs a runtime helper not imported here');
  const header = [
    '// Generated from shared/sandbox/world-schema.ts by tests/support/world-validator-source.ts: do not edit.',
    '// Regenerate with UPDATE_GENERATED=1 npx vitest run tests/unit/world-schema-validator.test.ts',
    '/* eslint-disable */',
    '// @ts-nocheck',
    "import ucs2length from 'ajv/dist/runtime/ucs2length.js';",
    '',
  ].join('\n');
  const body = code
    .replace(/^"use strict";/, '')
    .replace(/export const validate = (\w+);export default \w+;/, 'export const validateWorldSchema = $1;');
  if (!body.includes('export const validateWorldSchema')) throw new Error('ajv standalone output changed its exports');
  return format(header + body, { parser: 'typescript', printWidth: 120, singleQuote: true });
}
