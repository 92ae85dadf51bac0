import { randomBytes, scryptSync, timingSafeEqual, createHash } from 'node:crypto';
import type { WorldUser } from '../../../../shared/sandbox/world.js';

/**
 * Sandbox users' optional passwords. One the user wrote in the world file is compared as written (the file is
 * theirs); one given through the Management API is kept only as an scrypt digest. Comparisons take the same time
 * whatever matched.
 */
export const hasPassword = (user: WorldUser): boolean => Boolean(user.password || user.passwordDigest);

export function passwordDigest(password: string): string {
  const salt = randomBytes(16);
  return `scrypt:${salt.toString('base64url')}:${scryptSync(password, salt, 32).toString('base64url')}`;
}

const sameBytes = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);
const sha256 = (value: string) => createHash('sha256').update(value).digest();

export function passwordMatches(user: WorldUser, given: string): boolean {
  if (user.password !== undefined) return sameBytes(sha256(user.password), sha256(given));
  const [, salt, key] = user.passwordDigest?.split(':') ?? [];
  if (!salt || !key) return false;
  return sameBytes(scryptSync(given, Buffer.from(salt, 'base64url'), 32), Buffer.from(key, 'base64url'));
}
