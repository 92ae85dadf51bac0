import { describe, expect, it } from 'vitest';
import { API_DECLARATIONS, API_METHODS, argumentSchema, isApiMethod } from '../../shared/contract/api.js';
import { validateArgument } from '../../electron/services/api/validate-argument.js';
import { appApiWithoutSandbox } from '../support/app-api-without-sandbox.js';

type Schema = { [keyword: string]: unknown };
type Path = (string | number)[];

/**
 * An argument the schema accepts, with every optional property and one entry of every list and map, so each bounded
 * string of the schema has a place in it. Written for the keywords the contract's schemas use; the walker in
 * call-limits.test.ts checks that no other keyword appears.
 */
function fullSample(schema: Schema): unknown {
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.oneOf)) {
    const alternatives = schema.oneOf as Schema[];
    return fullSample(alternatives.find((alternative) => alternative.type !== 'null') ?? alternatives[0]!);
  }
  switch (schema.type) {
    case 'null':
      return null;
    case 'boolean':
      return true;
    case 'number':
    case 'integer':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'string':
      return 'x'.repeat(Math.max(1, (schema.minLength as number | undefined) ?? 0));
    case 'array':
      return [fullSample(schema.items as Schema)];
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
        value[name] = fullSample(property);
      }
      if (typeof schema.additionalProperties === 'object')
        value.key = fullSample(schema.additionalProperties as Schema);
      return value;
    }
    default:
      throw new Error(`no sample for ${JSON.stringify(schema)}`);
  }
}

/** Where the sample holds a string with a maxLength, and that maxLength. */
function boundedStrings(schema: Schema, path: Path = []): { path: Path; maxLength: number }[] {
  if (Array.isArray(schema.oneOf)) {
    const alternatives = schema.oneOf as Schema[];
    return boundedStrings(alternatives.find((alternative) => alternative.type !== 'null') ?? alternatives[0]!, path);
  }
  if (schema.type === 'string' && typeof schema.maxLength === 'number') return [{ path, maxLength: schema.maxLength }];
  if (schema.type === 'array') return boundedStrings(schema.items as Schema, [...path, 0]);
  const found: { path: Path; maxLength: number }[] = [];
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    found.push(...boundedStrings(property, [...path, name]));
  }
  if (typeof schema.additionalProperties === 'object') {
    found.push(...boundedStrings(schema.additionalProperties as Schema, [...path, 'key']));
  }
  return found;
}

function setAt(value: unknown, path: Path, leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = leaf;
  return copy;
}

const plain = (method: (typeof API_METHODS)[number]) => JSON.parse(JSON.stringify(argumentSchema(method))) as Schema;
const takesAnObject = API_METHODS.filter((method) => plain(method).type !== 'null');

describe('each method of the contract, declared once', () => {
  it('has a name the transports accept, and nothing else is one', () => {
    expect([...API_METHODS].sort()).toEqual(Object.keys(API_DECLARATIONS).sort());
    for (const method of API_METHODS) expect(isApiMethod(method)).toBe(true);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', ''])
      expect(isApiMethod(name)).toBe(false);
  });

  it('has an implementation, and the services implement nothing undeclared', () => {
    const api = appApiWithoutSandbox({
      version: 'test',
      dataDir: '/tmp/tokenscope-declarations',
      sandbox: { error: 'not needed here' },
    });
    for (const method of API_METHODS) expect(typeof api[method], method).toBe('function');
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
  });

  it.each([...API_METHODS])('%s has a JSON Schema that accepts a full argument', (method) => {
    expect(validateArgument(method, fullSample(plain(method)))).toBeUndefined();
  });

  it.each(takesAnObject)('%s refuses a property it does not declare', (method) => {
    const argument = { ...(fullSample(plain(method)) as object), unexpected: 1 };
    // A call that also takes null reports its first alternative ("must be null"): refused all the same.
    expect(validateArgument(method, argument)).toMatch(/must NOT have additional properties|must be null/);
  });

  it.each(
    takesAnObject.flatMap((method) =>
      boundedStrings(plain(method)).map(({ path, maxLength }) => [method, path.join('.'), path, maxLength] as const),
    ),
  )('%s takes %s at its maxLength and refuses one character more', (method, _where, path, maxLength) => {
    const sample = fullSample(plain(method));
    expect(validateArgument(method, setAt(sample, path, 'x'.repeat(maxLength)))).toBeUndefined();
    expect(validateArgument(method, setAt(sample, path, 'x'.repeat(maxLength + 1)))).toMatch(
      /must NOT have more than \d+ characters|must be null|must match exactly one schema/,
    );
  });

  it('leaves unbounded strings only where the base room holds them (one per call, counted in BASE_BODY_BYTES)', () => {
    const withoutBound = takesAnObject.filter((method) => boundedStrings(plain(method)).length === 0);
    expect(withoutBound).toEqual(['removeConnection', 'compareSandboxPatAndM2m']);
  });
});
