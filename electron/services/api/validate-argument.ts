import { Ajv, type ValidateFunction } from 'ajv';
import { argumentSchema, type ApiMethod } from '../../../shared/contract/api.js';

// TypeBox marks its schemas with symbol keys, which ajv never enumerates: strict mode sees plain JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<ApiMethod, ValidateFunction>();

/** Returns a sentence naming the first bad field, or undefined when the argument fits the contract. */
export function validateArgument(method: ApiMethod, argument: unknown): string | undefined {
  let validate = validators.get(method);
  if (!validate) {
    validate = ajv.compile(argumentSchema(method));
    validators.set(method, validate);
  }
  if (validate(argument)) return undefined;
  const first = validate.errors?.[0];
  const where = first?.instancePath ? `argument${first.instancePath.replaceAll('/', '.')}` : 'argument';
  return `${where} ${first?.message ?? 'does not fit the contract'}`;
}
