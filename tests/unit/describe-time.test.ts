import { describe, expect, it } from 'vitest';
import { describeTime } from '../../shared/token/describe-time.js';

const now = Date.UTC(2026, 10, 23, 12, 0, 0) / 1000;

describe('describeTime', () => {
  it('shows the date in UTC and how far away it is', () => {
    expect(describeTime('exp', now + 3600, now)).toBe('2026-11-23 13:00:00 UTC, in 1 h');
    expect(describeTime('iat', now - 90, now)).toBe('2026-11-23 11:58:30 UTC, 2 min ago');
  });
  it('says when an exp is past', () => {
    expect(describeTime('exp', now - 5, now)).toMatch(/5 s ago \(expired\)$/);
  });
});
