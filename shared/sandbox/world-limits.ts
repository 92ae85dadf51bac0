import type { WorldProblem } from './world-problem.js';

/**
 * How large a world the sandbox takes, stated once: the file, the editor, the contract and the schema read these.
 * A world is parsed whole and held in memory; the YAML parser needs about 100 bytes of heap per byte of text, so
 * an unbounded file (tens of MB) runs the process out of memory. These numbers hold a 10,000-user tenant twice
 * over: 20,000 users with a name, an email, a role and a membership each is 3.8 MB of YAML, which loads in about
 * 5 s of CPU and 430 MB (`npm run bench world-load`).
 */
export const WORLD_LIMITS = {
  /** Bytes of the file (UTF-8), checked before anything is parsed. */
  bytes: 4 * 1024 * 1024,
  /** Entries per list, checked before the schema. */
  users: 20_000,
  applications: 2_000,
  roles: 1_000,
  resources: 1_000,
  organizations: 5_000,
  /**
   * YAML aliases (`*name`) are expanded when the world is read, so a few lines of aliases within aliases ("billion
   * laughs") could grow into gigabytes. The `yaml` package's maxAliasCount: the uses of an anchor times the aliases
   * inside it may not pass this; plain aliases to plain values are never counted against it.
   */
  aliasExpansion: 100,
  /** Levels of nesting (lists and maps in one another); a world needs about 6, and deeper input overflows the stack. */
  depth: 64,
} as const;

export type CountedList = 'users' | 'applications' | 'roles' | 'resources' | 'organizations';
export const COUNTED_LISTS: readonly CountedList[] = ['users', 'applications', 'roles', 'resources', 'organizations'];

const START_SMALLER = 'start from the default world (`tokenscope sandbox --print-world`, or Reset in the Sandbox view)';

function megabytes(bytes: number): string {
  return `${bytes.toLocaleString('en')} bytes (${(bytes / 1024 / 1024).toFixed(1)} MB)`;
}

/** UTF-8 length of `text`, counted rather than encoded so a huge paste costs no second copy. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of 4 bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The refusal for a world over the size limit, before a byte of it is parsed. */
export function worldSizeProblem(bytes: number): WorldProblem | undefined {
  if (bytes <= WORLD_LIMITS.bytes) return undefined;
  return {
    path: '',
    message:
      `the world is ${megabytes(bytes)}; the sandbox takes at most ` +
      `${megabytes(WORLD_LIMITS.bytes)} (${WORLD_LIMITS.users.toLocaleString('en')} users), because it reads the whole ` +
      'world into memory. Remove users, apps or roles a test does not need, or split it into several worlds.',
  };
}

/** A list over its limit, located at its first entry too many so an editor can jump there. */
export function worldCountProblems(value: unknown): WorldProblem[] {
  if (typeof value !== 'object' || value === null) return [];
  const problems: WorldProblem[] = [];
  for (const list of COUNTED_LISTS) {
    const entries = (value as Record<string, unknown>)[list];
    const limit = WORLD_LIMITS[list];
    if (Array.isArray(entries) && entries.length > limit) {
      problems.push({
        path: `/${list}/${limit}`,
        message:
          `${entries.length.toLocaleString('en')} ${list}, from here on more than the ${limit.toLocaleString('en')} a ` +
          `world may hold. Remove the ${list} a test does not need, or split them into several worlds.`,
      });
    }
  }
  return problems;
}

/** What to say when the text holds no map of world fields at all; `kind` is what it holds instead. */
export function notAWorldProblem(kind: 'empty' | 'comments' | 'null' | 'list' | 'value'): WorldProblem {
  const needed = 'a world is a map with resources, roles, users and applications';
  const messages = {
    empty: `the file is empty: ${needed}. To begin, ${START_SMALLER}.`,
    comments: `the file has only comments, no world: ${needed}. Uncomment them, or ${START_SMALLER}.`,
    null: `the world is null (\`null\` or \`~\`): ${needed}. Replace it with those, or ${START_SMALLER}.`,
    list: `the world is a list (lines starting with "-" or [ ]): ${needed}, such as "users:" with the list under it.`,
    value: `the world is a single value, not a map: ${needed}. Write them as "resources:", "roles:" and so on.`,
  };
  return { path: '', message: messages[kind] };
}
