import { describeClaim } from '../../../../shared/inspect/claim-explanations';
import { isoDate, relativeTime } from '../../../../shared/inspect/relative-time';

export type TokenPart = 'header' | 'payload';

/** The JSON the inspector shows: two-space indent, so a top-level claim is a line starting with exactly two spaces. */
export const formatClaims = (value: Record<string, unknown>) => JSON.stringify(value, null, 2);

const TOP_LEVEL_KEY = /^ {2}"((?:[^"\\]|\\.)*)":/;

/** The claim a line of `formatClaims` output names, if it starts a top-level member. */
export function claimAtLine(line: string): string | undefined {
  const match = TOP_LEVEL_KEY.exec(line);
  if (!match) return undefined;
  try {
    return JSON.parse(`"${match[1]}"`) as string;
  } catch {
    return undefined;
  }
}

/** Where each top-level claim starts in `formatClaims` output (1-based, as editors count lines). */
export function claimLines(value: Record<string, unknown>): { claim: string; lineNumber: number }[] {
  return formatClaims(value)
    .split('\n')
    .flatMap((line, index) => {
      const claim = claimAtLine(line);
      return claim === undefined ? [] : [{ claim, lineNumber: index + 1 }];
    });
}

/** The hover text for a claim: what it means, or a plain note for claims no standard defines. */
export function claimHover(part: TokenPart, claim: string, value: unknown, nowSeconds: number): string {
  return (
    describeClaim(part, claim, value, nowSeconds) ??
    `${claim}: not a registered ${part === 'header' ? 'header parameter' : 'claim'}; the issuer added it, and an API may ignore it.`
  );
}

const TIME_CLAIMS = new Set(['exp', 'nbf', 'iat', 'auth_time']);

/** "2026-11-23T20:14:00.000Z · in 4 min" beside a time claim; undefined for other claims and non-numeric values. */
export function timeNote(part: TokenPart, claim: string, value: unknown, nowSeconds: number): string | undefined {
  if (part !== 'payload' || !TIME_CLAIMS.has(claim) || typeof value !== 'number' || !Number.isFinite(value))
    return undefined;
  return `${isoDate(value)} · ${relativeTime(value, nowSeconds)}`;
}
