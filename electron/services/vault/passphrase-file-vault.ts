import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-write.js';
import { explainFileError } from '../files/explain-file-error.js';
import {
  DEFAULT_SCRYPT_COST,
  deriveKey,
  seal,
  unseal,
  VaultSettingsError,
  type ScryptCost,
} from './passphrase-crypto.js';
import { VaultLockedError, VaultUnavailableError, type SecretVault } from './secret-vault.js';
import { createStoredVault } from './stored-vault.js';

/** Where the browser host and the CLI read the passphrase from (see open-node-vault). */
export const VAULT_PASSPHRASE_ENV = 'TOKENSCOPE_VAULT_PASSPHRASE';
const FORMAT = 'tokenscope-vault';
const VERSION = 1;

interface VaultHeader {
  format: typeof FORMAT;
  version: typeof VERSION;
  kdf: { name: 'scrypt'; salt: string } & ScryptCost;
  cipher: 'aes-256-gcm';
}

interface VaultFile extends VaultHeader {
  iv: string;
  tag: string;
  data: string;
}

// The header is authenticated with the secrets, so nobody can swap in weaker key settings unnoticed.
const associatedData = (header: VaultHeader) =>
  Buffer.from(
    JSON.stringify([
      header.format,
      header.version,
      header.kdf.name,
      header.kdf.salt,
      header.kdf.N,
      header.kdf.r,
      header.kdf.p,
      header.cipher,
    ]),
  );

/** Thrown inside parsing; becomes a 'damaged' problem with the file and the fix. */
class DamagedVault extends Error {}

function parseVaultFile(text: string): VaultFile {
  let value: Partial<VaultFile>;
  try {
    value = JSON.parse(text) as Partial<VaultFile>;
  } catch {
    throw new DamagedVault('it is not JSON');
  }
  if (
    value?.format !== FORMAT ||
    value.version !== VERSION ||
    value.cipher !== 'aes-256-gcm' ||
    value.kdf?.name !== 'scrypt'
  ) {
    throw new DamagedVault(
      `it is not a vault this version of Tokenscope can read: format ${String(value?.format)}, version ${String(value?.version)}`,
    );
  }
  for (const field of ['iv', 'tag', 'data'] as const)
    if (typeof value[field] !== 'string') throw new DamagedVault(`its "${field}" is missing`);
  if (typeof value.kdf.salt !== 'string') throw new DamagedVault('its key settings have no salt');
  return value as VaultFile;
}

const KEEP_AS_IS = 'Until then, no secret is saved and the file is left as it is.';
const START_EMPTY = 'restart Tokenscope: it starts an empty vault and you enter your client secrets again';

function problemOf(error: unknown, file: string): VaultUnavailableError {
  if (error instanceof VaultUnavailableError) return error;
  if (error instanceof DamagedVault || error instanceof VaultSettingsError) {
    const reason = error.message.replace(/\.$/, '');
    return new VaultUnavailableError({
      kind: 'damaged',
      file,
      message: `The vault ${file} is damaged (${reason}). Move ${file} aside (rename it, keep it for a look) and ${START_EMPTY}. ${KEEP_AS_IS}`,
    });
  }
  return new VaultUnavailableError({
    kind: 'unreadable',
    file,
    message: `${explainFileError(error, file, 'your encrypted secrets')} ${KEEP_AS_IS}`,
  });
}

export interface PassphraseFileVaultOptions {
  file: string;
  passphrase: string;
  /** Tests lower it; files keep the cost they were created with. */
  cost?: ScryptCost;
}

/**
 * The vault of the browser host and the CLI: one file, every secret (names included) sealed with AES-256-GCM
 * under a key derived from the user's passphrase. The key is derived on first use and kept in memory only.
 */
export function createPassphraseFileVault(options: PassphraseFileVaultOptions): SecretVault {
  if (!options.passphrase) throw new Error('A passphrase vault needs a non-empty passphrase.');
  let header: VaultHeader | undefined;
  let key: Buffer | undefined;

  const read = async (): Promise<Record<string, string>> => {
    const text = await readFile(options.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw problemOf(error, options.file);
    });
    if (text === undefined) {
      const cost = options.cost ?? DEFAULT_SCRYPT_COST;
      const salt = randomBytes(16);
      header = {
        format: FORMAT,
        version: VERSION,
        kdf: { name: 'scrypt', salt: salt.toString('base64'), ...cost },
        cipher: 'aes-256-gcm',
      };
      key = await deriveKey(options.passphrase, salt, cost);
      return {};
    }
    try {
      const stored = parseVaultFile(text);
      const { kdf } = stored;
      const storedHeader: VaultHeader = {
        format: FORMAT,
        version: VERSION,
        kdf: { name: 'scrypt', salt: kdf.salt, N: kdf.N, r: kdf.r, p: kdf.p },
        cipher: 'aes-256-gcm',
      };
      const storedKey = await deriveKey(options.passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
      let plaintext: string;
      try {
        plaintext = unseal(
          storedKey,
          {
            iv: Buffer.from(stored.iv, 'base64'),
            tag: Buffer.from(stored.tag, 'base64'),
            data: Buffer.from(stored.data, 'base64'),
          },
          associatedData(storedHeader),
        );
      } catch {
        // AES-GCM only says the tag does not match: a wrong key and an altered file look the same.
        throw new VaultLockedError({
          kind: 'wrong-passphrase',
          file: options.file,
          message: `Cannot open the vault ${options.file}: the passphrase in ${VAULT_PASSPHRASE_ENV} does not open it, or the file was changed outside Tokenscope. Start Tokenscope with the passphrase these secrets were saved with. If it is lost, move ${options.file} aside (rename it) and ${START_EMPTY}. ${KEEP_AS_IS}`,
        });
      }
      const entries = JSON.parse(plaintext) as Record<string, string>;
      header = storedHeader;
      key = storedKey;
      return entries;
    } catch (error) {
      throw problemOf(error, options.file);
    }
  };

  const write = async (entries: Record<string, string>): Promise<void> => {
    if (!header || !key) throw new Error('The vault was written before it was read; this is a bug in Tokenscope.');
    const sealed = seal(key, JSON.stringify(entries), associatedData(header));
    const file: VaultFile = {
      ...header,
      iv: sealed.iv.toString('base64'),
      tag: sealed.tag.toString('base64'),
      data: sealed.data.toString('base64'),
    };
    await writeFileAtomic(options.file, `${JSON.stringify(file, null, 2)}\n`);
  };

  return createStoredVault({ read, write }, () => ({ backend: 'passphrase-file', persistent: true }));
}
