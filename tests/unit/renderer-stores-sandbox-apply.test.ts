import { describe, expect, it } from 'vitest';
import { createSandboxStore } from '../../renderer/src/stores/sandbox-store.js';
import type { SandboxState } from '../../shared/contract/sandbox-state.js';
import type { World } from '../../shared/sandbox/world.js';
import { fakeApi } from './renderer-stores-fakes.js';

const world = (id: string): World => ({
  resources: [],
  roles: [],
  users: [{ id, username: id, roles: [] }],
  applications: [],
});
const running = (text: string, id: string): SandboxState => ({
  running: true,
  worldText: text,
  world: world(id),
  worldFile: 'f',
  usingDefaultWorld: false,
});

/**
 * The store over a main side that applies whatever text it is sent; `meanwhile` runs while the call is on its way,
 * as an edit that lands then would (a paste the editor finished late, a keystroke).
 */
function storeApplying(meanwhile: (store: ReturnType<typeof createSandboxStore>) => void) {
  const fake = fakeApi({
    getSandbox: running('users: [a]', 'a'),
    applySandboxWorld: ({ text }: { text: string }) => {
      meanwhile(store);
      return { ok: true, state: running(text, 'b') };
    },
  });
  const store = createSandboxStore({ api: fake.api });
  return { store, fake };
}

describe('the sandbox store’s apply says which text the sandbox now serves', () => {
  it.each([
    { what: 'no edit while applying: "Applied", nothing left to apply', edit: undefined, applied: true },
    { what: 'an edit lands while applying: that edit is said to be not applied', edit: 'users: [c]', applied: false },
  ])('$what', async ({ edit, applied }) => {
    const { store, fake } = storeApplying((s) => edit && s.getState().edit(edit));
    await store.getState().load();
    store.getState().edit('users: [b]');
    await store.getState().apply();
    const { message, state, draft } = store.getState();
    expect(fake.named('applySandboxWorld')[0]?.argument).toEqual({ text: 'users: [b]' });
    expect(state?.worldText).toBe('users: [b]');
    expect(draft).toBe(edit ?? 'users: [b]');
    if (applied) expect(message).toMatch(/^Applied: the next token comes from this world/);
    else {
      expect(message).not.toMatch(/^Applied/);
      expect(message).toMatch(/edits made while it was applied are not applied/);
    }
  });
});

describe('Apply asked for again while an apply runs', () => {
  it('applies the newest text once the running apply ends, and says "Applied" of it', async () => {
    const { store, fake } = storeApplying((s) => {
      if (s.getState().draft !== 'users: [b]') return;
      s.getState().edit('users: [c]');
      void s.getState().apply(); // the second Ctrl+S, while the first apply is on its way
    });
    await store.getState().load();
    store.getState().edit('users: [b]');
    await store.getState().apply();
    expect(fake.named('applySandboxWorld').map((call) => call.argument)).toEqual([
      { text: 'users: [b]' },
      { text: 'users: [c]' },
    ]);
    expect(store.getState().state?.worldText).toBe('users: [c]');
    expect(store.getState().message).toMatch(/^Applied: the next token comes from this world/);
  });

  it('applies nothing more when the text did not change since', async () => {
    const { store, fake } = storeApplying((s) => void s.getState().apply());
    await store.getState().load();
    store.getState().edit('users: [b]');
    await store.getState().apply();
    expect(fake.named('applySandboxWorld')).toHaveLength(1);
    expect(store.getState().message).toMatch(/^Applied/);
  });

  it('is not remembered from a reset: an edit made while a later apply runs waits for its own Ctrl+S', async () => {
    const fake = fakeApi({
      getSandbox: running('users: [a]', 'a'),
      resetSandboxWorld: () => {
        void store.getState().apply(); // Ctrl+S while the reset runs
        return running('users: [a]', 'a');
      },
      applySandboxWorld: ({ text }: { text: string }) => {
        store.getState().edit('users: [c]'); // typed while the apply is on its way, no Ctrl+S after it
        return { ok: true, state: running(text, 'b') };
      },
    });
    const store = createSandboxStore({ api: fake.api });
    await store.getState().load();
    await store.getState().reset();
    store.getState().edit('users: [b]');
    await store.getState().apply();
    expect(fake.named('applySandboxWorld').map((call) => call.argument)).toEqual([{ text: 'users: [b]' }]);
    expect(store.getState().message).toMatch(/edits made while it was applied are not applied/);
  });
});
