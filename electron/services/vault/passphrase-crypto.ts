/**
 * Sealing with a passphrase, on node:crypto alone: scrypt (RFC 7914) derives a 256-bit key, AES-256-GCM
 * (NIST SP 800-38D) encrypts and authenticates. Both are in every Node and Electron build, so no library is
 * needed and there is no native module to rebuild.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** About 64 MiB and a fraction of a second: paid once per launch, expensive for anyone guessing passphrases. */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 16, r: 8, p: 1 };

// Bounds for parameters read from a file, so a tampered file cannot make us allocate gigabytes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** Key settings a file cannot have come from Tokenscope with. */
export class VaultSettingsError extends Error {}

export function checkScryptCost(cost: ScryptCost): ScryptCost {
  const { N, r, p } = cost;
  const powerOfTwo = Number.isInteger(N) && N >= 2 && (N & (N - 1)) === 0;
  if (
    !powerOfTwo ||
    N > MAX_N ||
    !Number.isInteger(r) ||
    r < 1 ||
    r > MAX_R ||
    !Number.isInteger(p) ||
    p < 1 ||
    p > MAX_P
  ) {
    throw new VaultSettingsError(
      `The vault's key settings (scrypt N=${N}, r=${r}, p=${p}) are out of range; the file was not written by Tokenscope.`,
    );
  }
  return cost;
}

export function deriveKey(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  checkScryptCost(cost);
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below our default cost.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  data: Buffer;
}

/** A fresh 96-bit IV per seal: the same key encrypts each version of the file. */
export function seal(key: Buffer, plaintext: string, associatedData: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(associatedData);
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

/** Throws when the key is wrong or anything sealed (data or associated data) was altered. */
export function unseal(key: Buffer, sealed: Sealed, associatedData: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(associatedData);
  decipher.setAuthTag(sealed.tag);
  return Buffer.concat([decipher.update(sealed.data), decipher.final()]).toString('utf8');
}
