import { describe, expect, it } from 'vitest';
import { createSandboxStore } from '../../renderer/src/stores/sandbox-store.js';
import type { World } from '../../shared/sandbox/world.js';
import type { CheckWorldResult } from '../../shared/contract/methods/world-check-methods.js';
import { fakeApi } from './renderer-stores-fakes.js';

const world = (id: string): World => ({
  resources: [],
  roles: [],
  users: [{ id, username: id, roles: [] }],
  applications: [],
});
const applied = { running: true, worldText: 'users: [a]', world: world('a'), worldFile: 'f', usingDefaultWorld: true };

/** The store over a main side whose check answers each text with `answer(text)`, possibly late. */
function storeWith(answer: (text: string) => CheckWorldResult | Promise<CheckWorldResult>) {
  const fake = fakeApi({
    getSandbox: applied,
    checkSandboxWorld: ({ text }: { text: string }) => answer(text),
  });
  return { store: createSandboxStore({ api: fake.api }), fake };
}

describe('the sandbox store’s live check', () => {
  it.each([
    {
      what: 'a text that validates becomes the world the graph draws',
      answer: { ok: true, world: world('b') } as CheckWorldResult,
      world: 'b',
      problems: 0,
    },
    {
      what: 'a broken text keeps the last good world, its problems shown',
      answer: { ok: false, problems: [{ path: '', line: 2, message: 'bad' }] } as CheckWorldResult,
      world: 'a',
      problems: 1,
    },
  ])('$what', async ({ answer, world: expected, problems }) => {
    const { store } = storeWith(() => answer);
    await store.getState().load();
    store.getState().edit('users: [b]');
    await store.getState().check();
    expect(store.getState().editedWorld?.users[0]?.id).toBe(expected);
    expect(store.getState().problems).toHaveLength(problems);
  });

  it('asks nothing for a text already checked (the loaded one, or the same one again)', async () => {
    const { store, fake } = storeWith(() => ({ ok: true, world: world('b') }));
    await store.getState().load();
    await store.getState().check();
    store.getState().edit('users: [b]');
    await store.getState().check();
    await store.getState().check();
    expect(fake.named('checkSandboxWorld')).toHaveLength(1);
  });

  it('drops an answer for a text the user has typed past', async () => {
    let release!: (result: CheckWorldResult) => void;
    const { store } = storeWith(() => new Promise((resolve) => (release = resolve)));
    await store.getState().load();
    store.getState().edit('users: [b]');
    const pending = store.getState().check();
    store.getState().edit('users: [c');
    release({ ok: true, world: world('b') });
    await pending;
    expect(store.getState().editedWorld?.users[0]?.id).toBe('a');
  });
});
