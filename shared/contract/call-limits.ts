/**
 * How large one call may be. Each call has one limit, in bytes of its argument as JSON (UTF-8), derived from its
 * argument's JSON Schema (the `maxLength`s, `maxItems` and `maxProperties` it states), so the two cannot drift
 * apart: an argument the schema accepts fits the limit, unless its text is mostly outside ASCII (see
 * BYTES_PER_CHARACTER). The browser host refuses a larger body, before reading it when it can (413); `dispatch`
 * refuses a larger argument over IPC; the renderer refuses one it knows is larger before sending it.
 */
import { API_METHODS, argumentSchema, type ApiMethod } from './api.js';
import type { ApiEnvelope } from './transport.js';

/** Room every call has besides its strings: JSON punctuation, property names, numbers, strings without a maxLength. */
export const BASE_BODY_BYTES = 1_000_000;

/**
 * JSON bytes counted per character a schema allows: JSON escapes `"`, `\` and line breaks with two bytes, which is
 * what JSON text inside a string (a workspace export, a world) takes. Text mostly outside ASCII (up to 3 bytes a
 * character in UTF-8) can reach the byte limit first; it is then refused by this limit, with its own message.
 */
const BYTES_PER_CHARACTER = 2;

type Schema = { [keyword: string]: unknown };

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The most characters the strings of an argument fitting `schema` can hold together. A string without a maxLength,
 * an array without maxItems or a map without maxProperties (each counted once) is left to BASE_BODY_BYTES, as are
 * property names.
 */
export function schemaTextCapacity(schema: Schema): number {
  let capacity = typeof schema.maxLength === 'number' ? schema.maxLength : 0;
  if (isSchema(schema.properties)) {
    for (const property of Object.values(schema.properties)) {
      if (isSchema(property)) capacity += schemaTextCapacity(property);
    }
  }
  if (isSchema(schema.additionalProperties)) {
    const count = typeof schema.maxProperties === 'number' ? schema.maxProperties : 1;
    capacity += count * schemaTextCapacity(schema.additionalProperties);
  }
  if (isSchema(schema.items)) {
    const count = typeof schema.maxItems === 'number' ? schema.maxItems : 1;
    capacity += count * schemaTextCapacity(schema.items);
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const alternatives = schema[keyword];
    if (Array.isArray(alternatives)) {
      capacity += Math.max(0, ...alternatives.filter(isSchema).map(schemaTextCapacity));
    }
  }
  return capacity;
}

/** Bytes of JSON each call's argument may take, one entry per method of the contract. */
export const BODY_BYTE_LIMITS: Readonly<Record<ApiMethod, number>> = Object.fromEntries(
  API_METHODS.map((method) => {
    const text = schemaTextCapacity(argumentSchema(method));
    return [method, BASE_BODY_BYTES + BYTES_PER_CHARACTER * text];
  }),
) as Record<ApiMethod, number>;

export function bodyByteLimit(method: ApiMethod): number {
  return BODY_BYTE_LIMITS[method];
}

/** 1000000 → "1 MB", 61_632_464 → "61.6 MB": decimal megabytes, as file managers show sizes. */
export function formatBytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** What to send instead, for the calls whose arguments are large by nature. */
const WHAT_TO_DO: Partial<Record<ApiMethod, string>> = {
  importWorkspace:
    'Export the workspace again without its history (or after clearing old entries) and import that file.',
  applySandboxWorld: 'Make the world smaller: fewer users, apps or organizations.',
  checkSandboxWorld: 'Make the world smaller: fewer users, apps or organizations.',
  sendApiRequest: 'Send a smaller request body or fewer headers.',
  saveRequest: 'Save a request with a smaller body or fewer headers.',
  inspectToken: 'A token this large is not one a server issued: check what was pasted.',
  explainScopes: 'A token this large is not one a server issued: check what was pasted.',
};

/** The refusal of a call over its limit, with the limit and what to do. */
export function tooLargeMessage(method: ApiMethod): string {
  const fix = WHAT_TO_DO[method] ?? 'Send a smaller argument.';
  return `${method} takes at most ${formatBytes(bodyByteLimit(method))} of JSON; this one has more. ${fix}`;
}

/**
 * The refusal a sender can give itself, before uploading a body its call refuses anyway. Only the certain cases:
 * a character takes at least one byte, so more characters than the limit is over it; nearer the limit, counting
 * bytes would walk the whole text, and the receiver counts them anyway.
 */
export function refuseOversizedBody(method: ApiMethod, body: string): ApiEnvelope | undefined {
  if (body.length <= bodyByteLimit(method)) return undefined;
  return { ok: false, error: { code: 'too_large', message: tooLargeMessage(method) } };
}
