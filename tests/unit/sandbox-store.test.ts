import { describe, expect, it } from 'vitest';
import { MemoryAdapter, SandboxStore } from '../../electron/services/sandbox/provider/memory-adapter.js';

describe('sandbox store', () => {
  it('forgets expired entries, and revokes everything of a grant at once', async () => {
    const store = new SandboxStore();
    const tokens = new MemoryAdapter('AccessToken', store);
    await tokens.upsert('a', { grantId: 'g1' }, 60);
    await tokens.upsert('b', { grantId: 'g1' }, 60);
    await tokens.upsert('c', { grantId: 'g2' }, 60);
    await tokens.revokeByGrantId('g1');
    expect(await tokens.find('a')).toBeUndefined();
    expect(await tokens.find('b')).toBeUndefined();
    expect(await tokens.find('c')).toBeDefined();

    store.sweep(Date.now() + 61_000);
    expect(store.entries.size).toBe(0);
  });

  it('marks consumed entries', async () => {
    const codes = new MemoryAdapter('AuthorizationCode', new SandboxStore());
    await codes.upsert('x', {}, 60);
    await codes.consume('x');
    expect((await codes.find('x'))?.consumed).toBeTypeOf('number');
  });
});
