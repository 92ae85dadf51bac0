import type { ErrorObject } from 'ajv';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import type { World } from '../../../../shared/sandbox/world.js';
import { formatProblem, type WorldProblem } from '../../../../shared/sandbox/world-problem.js';
import { checkWorldReferences } from '../../../../shared/sandbox/world-references.js';
import {
  notAWorldProblem,
  utf8Bytes,
  WORLD_LIMITS,
  worldCountProblems,
  worldSizeProblem,
} from '../../../../shared/sandbox/world-limits.js';
import { parseWorldDocument } from './world-document.js';
import { validateWorldSchema } from './world-schema-validator.generated.js';
import { yamlSyntaxProblem } from './yaml-syntax-problem.js';
import { ABSOLUTE_URI_NO_FRAGMENT, PAT_VALUE, SCOPE_TOKEN } from '../../../../shared/sandbox/world-schema.js';

// The schema compiled ahead of time by `npm run generate` (ajv's standalone code, world-validator-source.ts): compiling
// it at start cost about a second of a sandbox's launch on a slow machine (`npm run bench sandbox-double`).
const validateSchema = validateWorldSchema as ((value: unknown) => value is World) & { errors?: ErrorObject[] | null };

/** A world that cannot be served; `problems` name each path (and line, for text) with what to change. */
export class WorldError extends Error {
  override name = 'WorldError';
  constructor(
    readonly problems: WorldProblem[],
    source = 'the world',
  ) {
    super(`${source} is not a valid sandbox world:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
  }
}

function describeSchemaError(error: ErrorObject): WorldProblem {
  const { keyword, params, instancePath } = error;
  if (keyword === 'additionalProperties') {
    const extra = (params as { additionalProperty: string }).additionalProperty;
    return {
      path: `${instancePath}/${extra}`,
      message: `"${extra}" is not a world field here; check the spelling against the schema.`,
    };
  }
  if (keyword === 'required') {
    const missing = (params as { missingProperty: string }).missingProperty;
    return { path: instancePath, message: `"${missing}" is required here.` };
  }
  if (keyword === 'enum') {
    const allowed = (params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
    return { path: instancePath, message: `must be one of ${allowed}.` };
  }
  if (keyword === 'pattern') {
    const { pattern } = params as { pattern: string };
    if (pattern === ABSOLUTE_URI_NO_FRAGMENT) {
      return {
        path: instancePath,
        message: 'must be an absolute URI without a fragment, like https://api.example.com (RFC 8707 §2).',
      };
    }
    if (pattern === SCOPE_TOKEN)
      return { path: instancePath, message: 'must be one word without spaces: it is a scope value (RFC 6749 §3.3).' };
    if (pattern === PAT_VALUE)
      return { path: instancePath, message: 'must be "pat_" followed by at least 8 letters or digits.' };
  }
  if (keyword === 'minItems' && instancePath.endsWith('/jwks/keys')) {
    return {
      path: instancePath,
      message: 'needs at least one public key: the public JWK Tokenscope shows for the client.',
    };
  }
  if (keyword === 'maxItems') {
    const { limit } = params as { limit: number };
    return {
      path: instancePath,
      message: `holds more than ${limit.toLocaleString('en')} entries, the most a world may have here.`,
    };
  }
  if (keyword === 'propertyNames') {
    return {
      path: instancePath,
      message: 'each key must be an API resource indicator: an absolute URI without a fragment (RFC 8707 §2).',
    };
  }
  return { path: instancePath, message: `${error.message ?? 'is not valid'}.` };
}

/** Schema first; references only once the shape is right, so their messages can trust it. */
export function worldProblems(value: unknown): WorldProblem[] {
  // Counts first: a list far over its limit is one problem, not one per entry from the schema.
  const tooMany = worldCountProblems(value);
  if (tooMany.length) return tooMany;
  if (!validateSchema(value)) {
    const seen = new Set<string>();
    return (validateSchema.errors ?? []).map(describeSchemaError).filter((p) => {
      const key = `${p.path} ${p.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  }
  return checkWorldReferences(value);
}

/** Throws WorldError unless `value` is a servable world. */
export function assertWorld(value: unknown, source?: string): asserts value is World {
  const problems = worldProblems(value);
  if (problems.length) throw new WorldError(problems, source);
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function locate(doc: Document, lines: LineCounter, path: string): { line: number; column: number } | undefined {
  const segments = path.split('/').slice(1).map(unescapePointer);
  // A missing key has no node: walk up to the nearest ancestor that exists.
  for (let n = segments.length; n >= 0; n--) {
    const keys = segments.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = n === 0 ? doc.contents : doc.getIn(keys, true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}

/** Problems found later (oidc-provider's own client checks) placed on their lines in the text they came from. */
export function locateProblems(text: string, problems: WorldProblem[]): WorldProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return problems.map((p) => (p.line === undefined ? { ...p, ...locate(doc, lines, p.path) } : p));
}

function located(problem: WorldProblem, lines: LineCounter, node: unknown): WorldProblem {
  if (!isNode(node) || !node.range) return problem;
  const { line, col } = lines.linePos(node.range[0]);
  return { ...problem, line, column: col };
}

/** What the document holds when it is not a map: each its own sentence, since each has its own fix. */
function shapeProblem(doc: Document, text: string, lines: LineCounter): WorldProblem | undefined {
  const root = doc.contents;
  if (isMap(root)) return undefined;
  if (root === null) return notAWorldProblem(text.trim() === '' ? 'empty' : 'comments');
  if (isScalar(root) && root.value === null) return located(notAWorldProblem('null'), lines, root);
  return located(notAWorldProblem(isSeq(root) ? 'list' : 'value'), lines, root);
}

/**
 * The yaml package says only that an alias could not be expanded, not where. Point at the first alias with no
 * anchor before it; else at the first whose anchor holds aliases itself (how a "billion laughs" grows).
 */
function aliasProblem(doc: Document, lines: LineCounter): WorldProblem {
  let unresolved: Alias | undefined;
  let nested: Alias | undefined;
  visit(doc, {
    Alias(_key, alias) {
      const target = alias.resolve(doc);
      if (!target) return ((unresolved = alias), visit.BREAK);
      let inner = false;
      visit(target, { Alias: () => ((inner = true), visit.BREAK) });
      if (inner) nested ??= alias;
      return undefined;
    },
  });
  if (unresolved) {
    const message = `*${unresolved.source} refers to no anchor: define &${unresolved.source} on a value above it, or write the value out.`;
    return located({ path: '', message }, lines, unresolved);
  }
  const message =
    `${nested ? `*${nested.source} and the aliases inside it` : 'aliases'} expand too far (uses times the aliases ` +
    `within, past ${WORLD_LIMITS.aliasExpansion}: a "billion laughs"), so the world would grow without bound. ` +
    'Write the values out, or nest fewer aliases.';
  return located({ path: '', message }, lines, nested);
}

/** Parses a world file (YAML, or JSON since YAML reads it too) and validates it; problems carry line numbers. */
export function parseWorld(text: string, source = 'the world file'): World {
  // The size before parsing, nesting during it (before the parser sees too deep): parsing is what runs out of
  // memory or stack.
  const tooBig = worldSizeProblem(utf8Bytes(text));
  if (tooBig) throw new WorldError([tooBig], source);
  const lines = new LineCounter();
  const parsed = parseWorldDocument(text, lines);
  if ('tooDeep' in parsed) throw new WorldError([parsed.tooDeep], source);
  const { doc } = parsed;
  // Only the first syntax error: the parser's later ones are mostly echoes of it (one tab gives a dozen), and a
  // list of them hides the one to fix. Once it is fixed, the next real one shows.
  if (doc.errors.length) throw new WorldError([yamlSyntaxProblem(doc.errors[0]!, lines)], source);
  const notAWorld = shapeProblem(doc, text, lines);
  if (notAWorld) throw new WorldError([notAWorld], source);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: WORLD_LIMITS.aliasExpansion });
  } catch (error) {
    // yaml throws a ReferenceError for aliases that expand too far, or for an alias to no anchor before it.
    if (!(error instanceof ReferenceError)) throw error;
    throw new WorldError([aliasProblem(doc, lines)], source);
  }
  const problems = worldProblems(value).map((p) => ({ ...p, ...locate(doc, lines, p.path) }));
  if (problems.length) throw new WorldError(problems, source);
  return value as World;
}
