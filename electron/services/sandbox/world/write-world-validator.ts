// `npm run generate`: writes the world's validator from the schema (see world-validator-source.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED_VALIDATOR, worldValidatorSource } from './world-validator-source.js';

const file = fileURLToPath(new URL(`../../../../${GENERATED_VALIDATOR}`, import.meta.url));
writeFileSync(file, worldValidatorSource());
