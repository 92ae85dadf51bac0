import { describe, expect, it } from 'vitest';
import { DEFAULT_WORLD_YAML } from '../../shared/sandbox/default-world.js';
import { createWorldCheckApi } from '../../electron/services/api/world-check-api.js';

const check = createWorldCheckApi().checkSandboxWorld;

describe('checkSandboxWorld (the editor live check)', () => {
  it('gives the world of a valid text', async () => {
    const result = await check({ text: DEFAULT_WORLD_YAML });
    expect(result.ok && result.world.users.map((u) => u.id)).toEqual(['vera', 'eddie', 'ada', 'noah']);
  });

  // The first syntax error is the one to fix; the parser's follow-ups are echoes of it and would flood the editor.
  it.each([
    ['an unclosed flow sequence', DEFAULT_WORLD_YAML.replace('roles: [viewer]', 'roles: [viewer'), 'MISSING_CHAR'],
    ['a tab as indentation', DEFAULT_WORLD_YAML.replace('  - id: eddie', '\t- id: eddie'), 'tab'],
    ['an unclosed quote', DEFAULT_WORLD_YAML.replace('name: Vera Viewer', 'name: "Vera Viewer'), 'quote'],
  ])('gives one located problem for %s, not a cascade', async (_what, text) => {
    const result = await check({ text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.line).toBeGreaterThan(0);
  });

  it('gives every schema problem of a text that reads, each located', async () => {
    const text = DEFAULT_WORLD_YAML.replace('signingKey: EC', 'signingKey: ECC').replace('type: spa', 'type: spaa');
    const result = await check({ text });
    expect(result.ok ? [] : result.problems.map((p) => typeof p.line)).toEqual(['number', 'number']);
  });
});
