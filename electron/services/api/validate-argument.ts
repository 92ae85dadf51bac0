import { Ajv, type ValidateFunction } from 'ajv';
import type { ApiMethod } from '../../../shared/contract/api.js';
import { API_ARGUMENT_SCHEMAS } from '../../../shared/contract/argument-schemas.js';

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<ApiMethod, ValidateFunction>();

/** Returns a sentence naming the first bad field, or undefined when the argument fits the contract. */
export function validateArgument(method: ApiMethod, argument: unknown): string | undefined {
  let validate = validators.get(method);
  if (!validate) {
    validate = ajv.compile(API_ARGUMENT_SCHEMAS[method]);
    validators.set(method, validate);
  }
  if (validate(argument)) return undefined;
  const first = validate.errors?.[0];
  const where = first?.instancePath ? `argument${first.instancePath.replaceAll('/', '.')}` : 'argument';
  return `${where} ${first?.message ?? 'does not fit the contract'}`;
}
