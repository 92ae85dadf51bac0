import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { learnFromRun } from '../../electron/services/knowledge/learn-from-run.js';
import { ConnectionKnowledgeStore } from '../../electron/services/knowledge/connection-knowledge-store.js';
import type { FlowResult } from '../../shared/contract/flow.js';

const empty = { connectionId: 'c', resources: [], scopes: [] };
const A = 'https://a.example';
const B = 'https://b.example';

const issued = (payload: Record<string, unknown>): FlowResult => ({
  ok: true,
  grant: 'authorization_code',
  issuer: 'https://issuer.example',
  durationMs: 1,
  timeline: [],
  tokenResponse: {},
  accessToken: { kind: 'jwt', header: { alg: 'ES384' }, payload, raw: 'h.p.s' },
});

describe('learnFromRun: what a run teaches about its connection', () => {
  const cases = [
    {
      name: 'one resource: its scopes are its own (OpenID Connect scopes are not)',
      request: { resources: [A], scopes: ['openid', 'offline_access', 'read'] },
      learned: { resources: [{ indicator: A, scopes: ['read'] }], scopes: ['openid', 'offline_access', 'read'] },
    },
    {
      name: 'several resources: each remembered, scopes not guessed onto them',
      request: { resources: [A, B], scopes: ['read', 'write'] },
      learned: {
        resources: [
          { indicator: A, scopes: [] },
          { indicator: B, scopes: [] },
        ],
        scopes: ['read', 'write'],
      },
    },
    {
      name: "several resources, and the server's JWT names one: the scopes it granted are that one's",
      request: { resources: [A, B], scopes: ['read', 'write'] },
      result: issued({ aud: B, scope: 'write' }),
      learned: {
        resources: [
          { indicator: A, scopes: [] },
          { indicator: B, scopes: ['write'] },
        ],
        scopes: ['read', 'write'],
      },
    },
    {
      name: 'an audience nobody asked for teaches nothing about resources',
      request: { resources: [], scopes: [] },
      result: issued({ aud: 'https://default.example', scope: 'x' }),
      learned: { resources: [], scopes: [] },
    },
  ];
  it.each(cases)('$name', ({ request, result, learned }) => {
    expect(learnFromRun(empty, request, result)).toEqual({ connectionId: 'c', ...learned });
  });

  it('adds to what it knew, without duplicates, in the order first seen', () => {
    const first = learnFromRun(empty, { resources: [A], scopes: ['read'] });
    const second = learnFromRun(first, { resources: [A], scopes: ['write', 'read'] });
    expect(second.resources).toEqual([{ indicator: A, scopes: ['read', 'write'] }]);
    expect(second.scopes).toEqual(['read', 'write']);
  });
});

describe('ConnectionKnowledgeStore', () => {
  it("keeps each workspace's knowledge in a file of its own, read again by a new store", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokenscope-knowledge-'));
    try {
      const store = new ConnectionKnowledgeStore(dir);
      await store.learn('w1', 'conn-1', { resources: [A], scopes: ['read'] });
      expect((await store.get('w2', 'conn-1')).resources).toEqual([]);
      const again = new ConnectionKnowledgeStore(dir);
      expect(await again.get('w1', 'conn-1')).toEqual({
        connectionId: 'conn-1',
        resources: [{ indicator: A, scopes: ['read'] }],
        scopes: ['read'],
      });
      expect(readFileSync(join(dir, 'knowledge', 'w1.json'), 'utf8')).toContain(A);
      await again.forget('w1', 'conn-1');
      expect((await new ConnectionKnowledgeStore(dir).get('w1', 'conn-1')).resources).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('learnFromRun: a run that teaches nothing new hands back the very same knowledge', () => {
  const known = {
    connectionId: 'c',
    resources: [
      { indicator: A, scopes: ['read', 'write'] },
      { indicator: B, scopes: [] },
    ],
    scopes: ['openid', 'read', 'write'],
  };
  it.each([
    { name: 'the same request again', request: { resources: [A], scopes: ['read'] }, same: true },
    {
      name: 'known scopes, identity scopes among them',
      request: { resources: [A], scopes: ['openid', 'write'] },
      same: true,
    },
    { name: 'several known resources', request: { resources: [A, B], scopes: ['read'] }, same: true },
    {
      name: 'the JWT grants what is known',
      request: { resources: [A], scopes: ['read'] },
      result: issued({ aud: A, scope: 'read write' }),
      same: true,
    },
    { name: 'a new scope', request: { resources: [A], scopes: ['delete'] }, same: false },
    { name: 'a new scope for a known resource only', request: { resources: [B], scopes: ['read'] }, same: false },
    { name: 'a new resource', request: { resources: ['https://c.example'], scopes: [] }, same: false },
    {
      name: 'the JWT grants a new scope',
      request: { resources: [A, B], scopes: [] },
      result: issued({ aud: B, scope: 'read' }),
      same: false,
    },
  ])('$name', ({ request, result, same }) => {
    const next = learnFromRun(known, request, result);
    expect(next === known).toBe(same);
    if (same) expect(next).toEqual(known);
  });
});
