import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-write.js';
import { DEFAULT_SCRYPT_COST, deriveKey, seal, unseal, type ScryptCost } from './passphrase-crypto.js';
import { VaultLockedError, type SecretVault } from './secret-vault.js';
import { createStoredVault } from './stored-vault.js';

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
  Buffer.from(JSON.stringify([header.format, header.version, header.kdf.name, header.kdf.salt, header.kdf.N, header.kdf.r, header.kdf.p, header.cipher]));

function parseVaultFile(text: string, file: string): VaultFile {
  let value: Partial<VaultFile>;
  try {
    value = JSON.parse(text) as Partial<VaultFile>;
  } catch {
    throw new Error(`${file} is not a Tokenscope vault (it is not JSON). Move it away to start an empty vault.`);
  }
  if (value?.format !== FORMAT || value.version !== VERSION || value.cipher !== 'aes-256-gcm' || value.kdf?.name !== 'scrypt') {
    throw new Error(`${file} is not a vault this version of Tokenscope can read (format ${String(value?.format)}, version ${String(value?.version)}).`);
  }
  return value as VaultFile;
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
      throw error;
    });
    if (text === undefined) {
      const cost = options.cost ?? DEFAULT_SCRYPT_COST;
      const salt = randomBytes(16);
      header = { format: FORMAT, version: VERSION, kdf: { name: 'scrypt', salt: salt.toString('base64'), ...cost }, cipher: 'aes-256-gcm' };
      key = await deriveKey(options.passphrase, salt, cost);
      return {};
    }
    const stored = parseVaultFile(text, options.file);
    const { kdf } = stored;
    const storedHeader: VaultHeader = { format: FORMAT, version: VERSION, kdf: { name: 'scrypt', salt: kdf.salt, N: kdf.N, r: kdf.r, p: kdf.p }, cipher: 'aes-256-gcm' };
    const storedKey = await deriveKey(options.passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
    let plaintext: string;
    try {
      plaintext = unseal(storedKey, { iv: Buffer.from(stored.iv, 'base64'), tag: Buffer.from(stored.tag, 'base64'), data: Buffer.from(stored.data, 'base64') }, associatedData(storedHeader));
    } catch {
      throw new VaultLockedError(`Cannot open the vault ${options.file}: the passphrase is wrong, or the file was changed outside Tokenscope. Check TOKENSCOPE_VAULT_PASSPHRASE.`);
    }
    header = storedHeader;
    key = storedKey;
    return JSON.parse(plaintext) as Record<string, string>;
  };

  const write = async (entries: Record<string, string>): Promise<void> => {
    if (!header || !key) throw new Error('The vault was written before it was read; this is a bug in Tokenscope.');
    const sealed = seal(key, JSON.stringify(entries), associatedData(header));
    const file: VaultFile = { ...header, iv: sealed.iv.toString('base64'), tag: sealed.tag.toString('base64'), data: sealed.data.toString('base64') };
    await writeFileAtomic(options.file, `${JSON.stringify(file, null, 2)}\n`);
  };

  return createStoredVault({ read, write }, () => ({ backend: 'passphrase-file', persistent: true }));
}
