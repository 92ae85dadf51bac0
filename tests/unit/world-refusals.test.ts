import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { WORLD_LIMITS } from '../../shared/sandbox/world-limits.js';
import { formatProblem } from '../../shared/sandbox/world-problem.js';
import type { World } from '../../shared/sandbox/world.js';
import { parseWorld, WorldError, worldProblems } from '../../electron/services/sandbox/world/world-validation.js';
import { loadWorldFile } from '../../electron/services/sandbox/world/world-file.js';
import {
  createSandboxControl,
  loadSavedWorld,
  WORLD_FILE_NAME,
} from '../../electron/services/sandbox-control/sandbox-control.js';

function refusal(text: string) {
  try {
    parseWorld(text, 'world.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(WorldError);
    return (error as WorldError).problems;
  }
  throw new Error('expected the world to be refused');
}

/** 1-based line and column of the first `needle` in `text`, as an editor shows them. */
function position(text: string, needle: string) {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const LAUGHS = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n');
const DEEP_BLOCK = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
const overLimit = WORLD_LIMITS.bytes + 1;

describe('world refusals: each says what is wrong, where, and what to do', () => {
  // Location: the whole file has no line; the rest point at the node or token at fault.
  const cases: { name: string; text: string; message: RegExp; at?: { line: number; column: number } }[] = [
    {
      name: 'too big',
      text: `#${'x'.repeat(overLimit - 1)}`,
      message: /world is 4,194,305 bytes \(4\.0 MB\); the sandbox takes at most 4,194,304 bytes.*Remove users/,
    },
    // "é" is 2 bytes of UTF-8: the limit is in bytes, as a file on disk has them, not in characters.
    {
      name: 'too big in bytes, not in characters',
      text: `# ${'é'.repeat(WORLD_LIMITS.bytes / 2)}`,
      message: /4,194,306 bytes/,
    },
    {
      name: 'empty',
      text: '',
      message:
        /^the file is empty: a world is a map with resources, roles, users and applications\. To begin, start from the default world \(`tokenscope sandbox --print-world`/,
    },
    { name: 'blank lines only', text: '\n  \n\n', message: /^the file is empty/ },
    {
      name: 'comments only',
      text: '# resources: []\n# users: []\n',
      message: /^the file has only comments, no world.*Uncomment them/,
    },
    { name: 'null', text: 'null\n', message: /^the world is null/, at: { line: 1, column: 1 } },
    {
      name: 'null as ~, after a comment',
      text: '# a world\n~\n',
      message: /^the world is null/,
      at: { line: 2, column: 1 },
    },
    {
      name: 'a list',
      text: '- users: []\n- roles: []\n',
      message: /^the world is a list \(lines starting with "-" or \[ \]\)/,
      at: { line: 1, column: 1 },
    },
    { name: 'a JSON array', text: '[]', message: /^the world is a list/, at: { line: 1, column: 1 } },
    {
      name: 'a single value',
      text: 'users',
      message: /^the world is a single value, not a map/,
      at: { line: 1, column: 1 },
    },
    {
      name: 'billion laughs',
      text: LAUGHS,
      message:
        /^\*b and the aliases inside it expand too far \(uses times the aliases within, past 100: a "billion laughs"\).*Write the values out/,
      at: position(LAUGHS, '*b'),
    },
    {
      name: 'an alias to no anchor',
      text: 'users: *people\n',
      message: /^\*people refers to no anchor: define &people/,
      at: { line: 1, column: 8 },
    },
    {
      name: 'deep flow nesting',
      text: '['.repeat(100_000),
      message: /^lists and maps nest more than 64 levels deep here.*brackets that are opened and never closed/,
      at: { line: 1, column: 64 },
    },
    {
      name: 'deep JSON objects',
      text: `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
      message: /more than 64 levels/,
      at: { line: 1, column: 5 * 63 + 1 },
    },
    { name: 'deep block nesting', text: DEEP_BLOCK, message: /more than 64 levels/, at: { line: 65, column: 65 } },
  ];

  it.each(cases)('$name', ({ text, message, at }) => {
    const problems = refusal(text);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.message).toMatch(message);
    expect(problem!.path).toBe('');
    expect(problem!.line === undefined ? undefined : { line: problem!.line, column: problem!.column }).toEqual(at);
    // Never the parser's or the schema's own words alone.
    expect(problem!.message).not.toMatch(/must be object|Excessive alias count|Maximum call stack|Unresolved alias/);
  });

  const syntax: { name: string; text: string; message: RegExp; at: { line: number; column: number } }[] = [
    {
      name: 'a key twice',
      text: 'users: []\nusers: []\n',
      message:
        /^this key is already in the same map above: keep one of them \(the parser says: Map keys must be unique\)\./,
      at: { line: 2, column: 1 },
    },
    {
      name: 'a tab as indent',
      text: 'users:\n\t- id: a\n',
      message: /^a tab indents this line: YAML indents with spaces only/,
      at: { line: 2, column: 1 },
    },
    {
      name: 'two documents',
      text: 'users: []\n---\nroles: []\n',
      message: /^a second document starts here \(---\)/,
      at: { line: 2, column: 1 },
    },
    {
      name: 'an unclosed quote',
      text: 'users: "ada\n',
      message: /^a quote or bracket opened above is still not closed here/,
      at: { line: 2, column: 1 },
    },
    {
      name: 'an unclosed bracket',
      text: 'resources: [\nroles: x',
      message: /^the indentation does not line up: .*\[ or \{ must be closed/,
      at: { line: 2, column: 1 },
    },
    {
      name: 'two keys on a line',
      text: 'users: id: ada\n',
      message: /^two "key:" on one line/,
      at: { line: 1, column: 8 },
    },
  ];

  it.each(syntax)('syntax: $name', ({ text, message, at }) => {
    const [problem] = refusal(text);
    expect(problem!.message).toMatch(message);
    expect(problem!.message).toMatch(/Fix the syntax first; the world is checked once it reads\.$/);
    expect(problem!.message).not.toMatch(/at line \d+, column/);
    expect({ line: problem!.line, column: problem!.column }).toEqual(at);
  });

  it('still reads a world that uses an alias or two', () => {
    const text = DEFAULT_WORLD_YAML.replace('    roles: [viewer]\n', '    roles: &readers [viewer]\n').replace(
      '    roles: [admin]\n',
      '    roles: *readers\n',
    );
    expect(parseWorld(text).users.find((u) => u.id === 'ada')!.roles).toEqual(['viewer']);
  });

  it('refuses a list over its limit once, at its first entry too many, before the schema', () => {
    const world = parseYaml(DEFAULT_WORLD_YAML) as World;
    const user = world.users[0]!;
    world.users = Array.from({ length: WORLD_LIMITS.users + 1 }, (_, i) => ({
      ...user,
      id: `u${i}`,
      username: `u${i}`,
      roles: ['nope'],
    }));
    expect(worldProblems(world)).toEqual([
      {
        path: '/users/20000',
        message:
          '20,001 users, from here on more than the 20,000 a world may hold. Remove the users a test does not need, or split them into several worlds.',
      },
    ]);
  });
});

describe('a problem as one line of text', () => {
  it.each([
    [{ path: '/users/0/roles/0', line: 3, column: 5, message: 'm.' }, 'line 3:5 (/users/0/roles/0): m.'],
    [{ path: '', line: 2, column: 1, message: 'm.' }, 'line 2:1: m.'],
    [{ path: '/users/0', message: 'm.' }, '/users/0: m.'],
    [{ path: '', message: 'm.' }, 'm.'],
  ])('%j', (problem, text) => expect(formatProblem(problem)).toBe(text));
});

describe('world files over the limit are refused before they are read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tokenscope-world-limit-'));
  // A sparse file: its size is all that is asked; reading and parsing it would take the time a refusal must not.
  const big = join(dir, 'big.yaml');
  writeFileSync(big, '');
  truncateSync(big, 50 * 1024 * 1024);

  it('by --world (loadWorldFile)', async () => {
    const error = await loadWorldFile(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorldError);
    expect((error as WorldError).message).toMatch(
      /big\.yaml is not a valid sandbox world:\n {2}- the world is 52,428,800 bytes \(50\.0 MB\); the sandbox takes at most/,
    );
  });

  it('by the saved world at start, which then falls back to the default world and says why', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-world-saved-'));
    writeFileSync(join(dataDir, WORLD_FILE_NAME), '');
    truncateSync(join(dataDir, WORLD_FILE_NAME), 50 * 1024 * 1024);
    const saved = await loadSavedWorld(dataDir);
    expect(saved.world).toBeUndefined();
    expect(saved.text).toBe(DEFAULT_WORLD_YAML);
    expect(saved.problem).toMatch(/could not be loaded, so the default world runs: .*52,428,800 bytes .*Fix the file/s);
  });

  it('a folder where the file should be, at start and by --world, in words rather than EISDIR', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tokenscope-world-folder-'));
    mkdirSync(join(dataDir, WORLD_FILE_NAME));
    const saved = await loadSavedWorld(dataDir);
    expect(saved.world).toBeUndefined();
    expect(saved.problem).toMatch(
      /could not be loaded, so the default world runs: .*this is a folder, not a world file/s,
    );
    await expect(loadWorldFile(join(dataDir, WORLD_FILE_NAME))).rejects.toThrow(/this is a folder, not a world file/);
  });

  it('by the app (applySandboxWorld), with the problem to show', async () => {
    const control = createSandboxControl({
      dataDir: dir,
      sandbox: { error: 'not started in this test' },
      initialText: DEFAULT_WORLD_YAML,
    });
    const result = await control.apply(`# ${'é'.repeat(WORLD_LIMITS.bytes / 2)}`);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/^the world is 4,194,306 bytes/) }],
    });
  });
});
