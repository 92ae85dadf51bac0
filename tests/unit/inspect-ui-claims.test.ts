import { describe, expect, it } from 'vitest';
import {
  claimAtLine,
  claimHover,
  claimLines,
  formatClaims,
  timeNote,
} from '../../renderer/src/features/inspector/claim-lines.js';
import { clock, expiryPhrase } from '../../renderer/src/features/inspector/expiry.js';

const payload = {
  iss: 'https://id.example/oidc',
  exp: 1_000_240,
  nested: { exp: 1 },
  'we"ird': true,
  scope: 'read:products',
};

describe('claim lines of the inspector JSON', () => {
  it('finds each top-level claim and its line, never nested members', () => {
    expect(claimLines(payload)).toEqual([
      { claim: 'iss', lineNumber: 2 },
      { claim: 'exp', lineNumber: 3 },
      { claim: 'nested', lineNumber: 4 },
      { claim: 'we"ird', lineNumber: 7 },
      { claim: 'scope', lineNumber: 8 },
    ]);
    const lines = formatClaims(payload).split('\n');
    expect(claimAtLine(lines[4]!)).toBeUndefined();
    expect(claimAtLine('{')).toBeUndefined();
  });

  it("explains registered claims, and says so for the issuer's own", () => {
    expect(claimHover('payload', 'aud', 'x', 0)).toMatch(/Audience/);
    expect(claimHover('header', 'alg', 'ES384', 0)).toMatch(/Algorithm/);
    expect(claimHover('payload', 'tenant', 'x', 0)).toMatch(/not a registered claim/);
  });

  it('notes time claims as a date and relative time, and nothing else', () => {
    expect(timeNote('payload', 'exp', 1_000_240, 1_000_000)).toBe(
      `${new Date(1_000_240_000).toISOString()} · in 4 min`,
    );
    expect(timeNote('payload', 'iss', 5, 0)).toBeUndefined();
    expect(timeNote('header', 'exp', 5, 0)).toBeUndefined();
    expect(timeNote('payload', 'exp', 'soon', 0)).toBeUndefined();
  });
});

describe('the expiry countdown', () => {
  it('says how long is left, to the second', () => {
    expect(expiryPhrase(1_000_240, 1_000_000)).toEqual({ expired: false, text: 'expires in 4 min', left: '0:04:00' });
    expect(expiryPhrase(1_000_000, 1_000_180)).toEqual({ expired: true, text: 'expired 3 min ago', left: '0:00:00' });
    expect(clock(3_725.9)).toBe('1:02:05');
  });
});
