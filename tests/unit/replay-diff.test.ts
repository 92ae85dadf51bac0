import { describe, expect, it } from 'vitest';
import { diffJson } from '../../shared/replay/json-diff.js';
import { diffResponses } from '../../shared/replay/response-diff.js';
import { filterHistory } from '../../shared/replay/history-filter.js';
import type { HistorySummary, ReplayResponse } from '../../shared/replay/types.js';

function response(status: number, body: string, headers: [string, string][] = []): ReplayResponse {
  return {
    status,
    statusText: '',
    body,
    bodyTruncated: false,
    durationMs: 1,
    sizeBytes: body.length,
    headers: headers.map(([name, value]) => ({ name, value })),
    challenges: [],
    explanations: [],
    challengeProblems: [],
  };
}

describe('diffJson', () => {
  it('reports changes, additions and removals by path', () => {
    expect(diffJson({ a: 1, items: [{ p: 3 }, 2], 'odd key': true }, { a: 1, items: [{ p: 4 }], extra: null })).toEqual(
      [
        { path: '$.items[0].p', kind: 'changed', before: 3, after: 4 },
        { path: '$.items[1]', kind: 'removed', before: 2 },
        { path: '$["odd key"]', kind: 'removed', before: true },
        { path: '$.extra', kind: 'added', after: null },
      ],
    );
    expect(diffJson([1, { x: [1] }], [1, { x: [1] }])).toEqual([]);
    expect(diffJson({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { path: '$.a', kind: 'changed', before: [1], after: { 0: 1 } },
    ]);
  });

  it('stops at the limit', () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    expect(diffJson(many, {}, 10)).toHaveLength(10);
  });
});

describe('diffResponses', () => {
  it('compares status, headers (volatile ones marked) and JSON bodies', () => {
    const diff = diffResponses(
      response(403, '{"error":"insufficient_scope"}', [
        ['Date', 'Mon'],
        ['www-authenticate', 'Bearer error="insufficient_scope"'],
      ]),
      response(204, '', [['date', 'Tue']]),
    );
    expect(diff.status).toEqual({ before: 403, after: 204, same: false });
    expect(diff.headers).toEqual([
      { name: 'date', before: 'Mon', after: 'Tue', volatile: true },
      { name: 'www-authenticate', before: 'Bearer error="insufficient_scope"', after: undefined, volatile: false },
    ]);
    expect(diff.bodyKind).toBe('text');
    expect(diff.same).toBe(false);
  });

  it('calls two answers the same when only volatile headers differ', () => {
    const diff = diffResponses(
      response(200, '{"a":[1,2]}', [['date', 'x']]),
      response(200, '{ "a": [1, 2] }', [['date', 'y']]),
    );
    expect(diff.bodyKind).toBe('json');
    expect(diff.bodyChanges).toEqual([]);
    expect(diff.same).toBe(true);
  });
});

describe('filterHistory', () => {
  const rows: HistorySummary[] = [
    { id: '1', at: '', method: 'GET', url: 'http://x/api/products', status: 200 },
    { id: '2', at: '', method: 'DELETE', url: 'http://x/api/products/1', status: 403, tokenMasked: 'eyJh…' },
    { id: '3', at: '', method: 'GET', url: 'http://x/api/orders', status: 401 },
    { id: '4', at: '', method: 'GET', url: 'http://down/api', error: 'connection refused' },
  ];
  const ids = (query: string) => filterHistory(rows, query).map((r) => r.id);

  it('matches words against url, method and status, all words required', () => {
    expect(ids('')).toEqual(['1', '2', '3', '4']);
    expect(ids('products')).toEqual(['1', '2']);
    expect(ids('PRODUCTS delete')).toEqual(['2']);
    expect(ids('401')).toEqual(['3']);
    expect(ids('refused')).toEqual(['4']);
  });

  it('understands status:4xx, status:403, method: and error:', () => {
    expect(ids('status:4xx')).toEqual(['2', '3']);
    expect(ids('status:403')).toEqual(['2']);
    expect(ids('method:get orders')).toEqual(['3']);
    expect(ids('error:')).toEqual(['4']);
  });
});
