import { describe, expect, it } from 'vitest';
import { checkDpopBinding, type HeldDpopKey } from '../../shared/inspect/checks/dpop-binding.js';

const JKT = '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I';
const OTHER = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

const rows: { name: string; payload: Record<string, unknown>; held?: HeldDpopKey; status?: string; says?: RegExp }[] = [
  { name: 'no cnf, no key: no row', payload: {} },
  { name: 'no cnf, no key known at all: no row', payload: {}, held: {} },
  {
    name: 'no cnf though the run holds a key: the server did not bind it',
    payload: {},
    held: { jkt: JKT },
    status: 'warn',
    says: /did not bind it/,
  },
  {
    name: "cnf.jkt = the run's key: pass, and refused as Bearer",
    payload: { cnf: { jkt: JKT } },
    held: { jkt: JKT },
    status: 'pass',
    says: /Sent as Bearer.*refuses it/,
  },
  {
    name: "cnf.jkt of another key than the run's: fail",
    payload: { cnf: { jkt: JKT } },
    held: { jkt: OTHER },
    status: 'fail',
    says: new RegExp(`${OTHER}.*no proof`),
  },
  {
    name: 'cnf.jkt and no key held (a pasted token): warn, would be refused as Bearer',
    payload: { cnf: { jkt: JKT } },
    held: {},
    status: 'warn',
    says: /does not hold.*refused/,
  },
  {
    name: 'cnf with a certificate thumbprint (mTLS): info',
    payload: { cnf: { 'x5t#S256': 'abc' } },
    status: 'info',
    says: /RFC 8705/,
  },
  { name: 'cnf without jkt: fail', payload: { cnf: { jkt: 42 } }, status: 'fail', says: /no `jkt` string/ },
];

describe('inspector: cnf.jkt against the key its run holds (RFC 9449 §6.1)', () => {
  it.each(rows)('$name', ({ payload, held, status, says }) => {
    const result = checkDpopBinding(payload, held);
    if (!status) {
      expect(result).toEqual([]);
      return;
    }
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ id: 'cnf', status });
    expect(result[0]!.message).toMatch(says!);
  });
});
