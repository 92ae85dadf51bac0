import { invalidInput } from './logto-errors.js';
import type { RouteAnswer } from './route-table.js';

/**
 * Logto checks each write's body with zod (koaGuard) and answers 400 `guard.invalid_input` with zod's issues. The
 * sandbox's bodies are few and flat, so this states each field's rule and words a failure as zod does; zod itself
 * is not a dependency of Tokenscope, and ajv's errors read differently.
 */
export type FieldRule =
  | { type: 'string'; required?: boolean; min?: number; nullable?: boolean }
  | { type: 'number' | 'boolean' | 'object'; required?: boolean; nullable?: boolean }
  | { type: 'string[]'; required?: boolean; min?: number }
  | { type: 'enum'; options: readonly string[]; required?: boolean };

type Issue = Parameters<typeof invalidInput>[1][number];

function typeOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function fieldIssue(name: string, value: unknown, rule: FieldRule): Issue | undefined {
  const received = typeOf(value);
  if (value === undefined)
    return rule.required
      ? {
          code: 'invalid_type',
          expected: rule.type === 'string[]' ? 'array' : rule.type,
          received,
          path: [name],
          message: 'Required',
        }
      : undefined;
  if (value === null && 'nullable' in rule && rule.nullable) return undefined;
  if (rule.type === 'enum') {
    if (typeof value === 'string' && rule.options.includes(value)) return undefined;
    const list = rule.options.map((o) => `'${o}'`).join(' | ');
    return {
      received: value as string,
      code: 'invalid_enum_value',
      options: [...rule.options],
      path: [name],
      message: `Invalid enum value. Expected ${list}, received '${String(value)}'`,
    };
  }
  const expected = rule.type === 'string[]' ? 'array' : rule.type;
  if (received !== expected)
    return {
      code: 'invalid_type',
      expected,
      received,
      path: [name],
      message: `Expected ${expected}, received ${received}`,
    };
  if (rule.type === 'string[]') {
    const list = value as unknown[];
    const bad = list.findIndex((item) => typeof item !== 'string' || item.length < 1);
    if (bad >= 0)
      return typeof list[bad] === 'string'
        ? tooSmall([name, bad], 1, 'string')
        : {
            code: 'invalid_type',
            expected: 'string',
            received: typeOf(list[bad]),
            path: [name, bad],
            message: `Expected string, received ${typeOf(list[bad])}`,
          };
    if (rule.min && list.length < rule.min) return tooSmall([name], rule.min, 'array');
  }
  if (rule.type === 'string' && rule.min && (value as string).length < rule.min)
    return tooSmall([name], rule.min, 'string');
  return undefined;
}

function tooSmall(path: (string | number)[], minimum: number, type: 'string' | 'array'): Issue {
  return {
    code: 'too_small',
    minimum,
    type,
    inclusive: true,
    exact: false,
    path,
    message:
      type === 'string'
        ? `String must contain at least ${minimum} character(s)`
        : `Array must contain at least ${minimum} element(s)`,
  };
}

/** The body's fields by `rules`, or Logto's 400 naming every field that broke its rule. */
export function guardBody(
  body: Record<string, unknown>,
  rules: Record<string, FieldRule>,
): { ok: true } | { ok: false; answer: RouteAnswer } {
  const issues = Object.entries(rules).flatMap(([name, rule]) => fieldIssue(name, body[name], rule) ?? []);
  return issues.length ? { ok: false, answer: invalidInput('body', issues) } : { ok: true };
}

/** What Logto asks to make a named credential that may expire: an app secret, or a personal access token. */
export const NAMED_EXPIRING_CREDENTIAL: Record<string, FieldRule> = {
  name: { type: 'string', required: true, min: 1 },
  expiresAt: { type: 'number', nullable: true },
};
