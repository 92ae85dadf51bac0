import { describe, expect, it } from 'vitest';
import { createAppStores } from '../../renderer/src/stores/app-stores.js';
import { fakeApi, fakeEvents, settle } from './renderer-stores-fakes.js';

async function setUp(answers: Record<string, unknown>) {
  const fake = fakeApi({ listWorkspaces: { workspaces: [], notices: [] }, ...answers });
  const stores = await createAppStores({ api: fake.api, subscribe: fakeEvents().subscribe, openUrl: () => undefined });
  return { ...fake, stores };
}

describe('doctor store', () => {
  it.each([
    ['the sandbox, clean', { verdict: 'ok', report: { findings: [] } }],
    ['a tenant that could not be read', { verdict: 'not-verified', problem: { message: 'no access' } }],
  ] as const)(
    '%s: runDoctor once for the connection, in the current workspace, the result kept',
    async (_n, answer) => {
      const { stores, named } = await setUp({ runDoctor: answer });
      await stores.doctor.getState().run('sandbox');
      expect(named('runDoctor').map((c) => c.argument)).toEqual([{ connectionId: 'sandbox', workspaceId: 'default' }]);
      expect(stores.doctor.getState()).toMatchObject({ result: answer, running: false, connectionId: 'sandbox' });
    },
  );

  it('a refused call is said, not shown as a clean tenant', async () => {
    const { stores } = await setUp({ runDoctor: () => Promise.reject(new Error('There is no connection "x"')) });
    await stores.doctor.getState().run('x', true);
    expect(stores.doctor.getState()).toMatchObject({ callError: 'There is no connection "x"', running: false });
    expect(stores.doctor.getState().result).toBeUndefined();
  });
});

describe('compare store: the roles come from the main side after the local comparison', () => {
  const roles = { claims: [], summary: ['Only A has write:orders: …'] };
  it('replaces the comparison with the one naming roles, unless the tokens changed meanwhile', async () => {
    let answer: (value: typeof roles) => void = () => undefined;
    const { stores, named } = await setUp({ compareWithRoles: () => new Promise((resolve) => (answer = resolve)) });
    stores.compare.getState().edit('a', 'a.b.c');
    stores.compare.getState().edit('b', 'd.e.f');
    // The claim-by-claim comparer loads on first use (it is not part of the first screen); it shows at once.
    await stores.compare.getState().compare();
    expect(stores.compare.getState().comparison?.summary).not.toEqual(roles.summary);
    answer(roles);
    await settle();
    expect(named('compareWithRoles').map((c) => c.argument)).toEqual([
      { a: { token: 'a.b.c', label: 'A' }, b: { token: 'd.e.f', label: 'B' } },
    ]);
    expect(stores.compare.getState().comparison).toEqual(roles);

    const again = stores.compare.getState().compare();
    stores.compare.getState().edit('b', 'g.h.i');
    await again;
    answer(roles);
    await settle();
    // The answer for the earlier pair arrives after B changed: the local comparison stays.
    expect(stores.compare.getState().comparison).not.toEqual(roles);
    expect(stores.compare.getState().comparison?.summary.length).toBeGreaterThan(0);
  });

  it('keeps the local comparison when the main side cannot add the roles', async () => {
    const { stores } = await setUp({ compareWithRoles: () => Promise.reject(new Error('down')) });
    stores.compare.getState().edit('a', 'a.b.c');
    stores.compare.getState().edit('b', 'd.e.f');
    await stores.compare.getState().compare();
    await settle();
    expect(stores.compare.getState().comparison?.summary.length).toBeGreaterThan(0);
    expect(stores.compare.getState().callError).toBeUndefined();
  });
});
