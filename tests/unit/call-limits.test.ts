import { describe, expect, it } from 'vitest';
import { API_METHODS, argumentSchema, type ApiMethod } from '../../shared/contract/api.js';
import {
  BASE_BODY_BYTES,
  bodyByteLimit,
  formatBytes,
  schemaTextCapacity,
  refuseOversizedBody,
  tooLargeMessage,
} from '../../shared/contract/call-limits.js';

/** The schema's maxLength of one field, read from the contract so the test follows it. */
function maxLengthAt(method: ApiMethod, ...path: string[]): number {
  let schema = argumentSchema(method) as Record<string, unknown>;
  for (const key of path) schema = (schema.properties as Record<string, Record<string, unknown>>)[key]!;
  return schema.maxLength as number;
}

// JSON text inside a string field: every quote and line break is escaped, 2 bytes each.
const escapeHeavy = (characters: number) => '"\n'.repeat(characters / 2);

describe('the size limit of each call', () => {
  it.each([
    ['a string', { type: 'string', maxLength: 10 }, 10],
    ['a string without maxLength', { type: 'string' }, 0],
    ['properties add up', { type: 'object', properties: { a: { maxLength: 3 }, b: { maxLength: 4 } } }, 7],
    ['items times maxItems', { type: 'array', items: { maxLength: 5 }, maxItems: 4 }, 20],
    ['items without maxItems count once', { type: 'array', items: { maxLength: 5 } }, 5],
    ['a map times maxProperties', { type: 'object', additionalProperties: { maxLength: 5 }, maxProperties: 3 }, 15],
    ['the largest alternative', { oneOf: [{ maxLength: 2 }, { properties: { t: { maxLength: 9 } } }] }, 9],
  ])('counts the text a schema allows: %s', (_name, schema, capacity) => {
    expect(schemaTextCapacity(schema)).toBe(capacity);
  });

  it.each([
    ['getAppInfo', '1 MB'],
    ['applySandboxWorld', '9.4 MB'],
    ['inspectToken', '1.1 MB'],
    ['importWorkspace', '101 MB'],
  ] as const)('%s takes %s', (method, size) => {
    expect(formatBytes(bodyByteLimit(method))).toBe(size);
  });

  it('meets in the schemas only keywords the count knows (another could hold text it would miss)', () => {
    const unknown = new Set<string>();
    const walk = (schema: unknown): void => {
      if (Array.isArray(schema)) return schema.forEach(walk);
      if (typeof schema !== 'object' || schema === null) return;
      for (const [keyword, value] of Object.entries(schema)) {
        if (['allOf', '$ref', 'patternProperties', 'prefixItems', 'not', 'if'].includes(keyword)) unknown.add(keyword);
        if (keyword === 'properties') Object.values(value as object).forEach(walk);
        else walk(value);
      }
    };
    for (const method of API_METHODS) walk(argumentSchema(method));
    expect([...unknown]).toEqual([]);
  });

  it('gives every call at least the base room', () => {
    for (const method of API_METHODS) expect(bodyByteLimit(method)).toBeGreaterThanOrEqual(BASE_BODY_BYTES);
  });

  it.each([
    ['applySandboxWorld', (text: string) => ({ text }), ['text']],
    ['inspectToken', (token: string) => ({ token }), ['token']],
    ['importWorkspace', (text: string) => ({ text }), ['text']],
    [
      'sendApiRequest',
      (body: string) => ({
        request: { method: 'POST', url: 'https://api.example', headers: [], body },
        token: { kind: 'none' },
      }),
      ['request', 'body'],
    ],
  ] as const)('%s takes its largest field at its maxLength, escaped, and refuses more', (method, build, path) => {
    const body = JSON.stringify(build(escapeHeavy(maxLengthAt(method, ...path))));
    expect(refuseOversizedBody(method, body)).toBeUndefined();
    const over = `${body}${' '.repeat(bodyByteLimit(method) - body.length + 1)}`;
    const refusal = { ok: false, error: { code: 'too_large', message: tooLargeMessage(method) } };
    expect(refuseOversizedBody(method, over)).toEqual(refusal);
  });

  it('says what the limit is and what to do', () => {
    expect(tooLargeMessage('importWorkspace')).toBe(
      'importWorkspace takes at most 101 MB of JSON; this one has more. ' +
        'Export the workspace again without its history (or after clearing old entries) and import that file.',
    );
    expect(tooLargeMessage('getAppInfo')).toBe(
      'getAppInfo takes at most 1 MB of JSON; this one has more. Send a smaller argument.',
    );
  });
});
