import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

/**
 * Encryption at rest of narrative fields (issue #7, docs/decisions/0008): AES-256-GCM with a
 * fresh 96-bit nonce per value and the value's place (table, column, record) as additional
 * data, so a sealed value cannot be moved to another record unnoticed. Each sealed value names
 * the key that sealed it, so keys can be rotated: old keys stay readable until everything is
 * sealed again with the current one.
 *
 * The keys live outside the database — in `SCHAKEL_DATA_KEY` or, without it, in a key file
 * that the server creates at first start — so a database file or dump alone reveals nothing.
 */

const keyBytes = 32;
const nonceBytes = 12;
const tagBytes = 16;
/** The format marker of a sealed value; `v1.<key id>.<nonce>.<ciphertext and tag>`. */
const format = 'v1';
/** Where the key id stands in a sealed value (1-based, as SQL's substr counts) and how long. */
export const sealedKeyId = { from: format.length + 2, length: 12 } as const;
/** How every value sealed with a key begins: `v1.<key id>.` (a pattern for SQL's LIKE). */
export const sealedPrefix = (keyId: string) => `${format}.${keyId}.`;
/** Whether a text has the form of a key id (12 hex digits). */
export const isKeyId = (text: string) => /^[0-9a-f]{12}$/.test(text);

export interface DataKey {
  /** Derived from the key itself (first 12 hex digits of its SHA-256): nothing to configure. */
  id: string;
  key: Buffer;
}

/** The keys Schakel can read with; `current` seals every new value. */
export interface Keyring {
  current: DataKey;
  byId: ReadonlyMap<string, DataKey>;
}

export class KeyringError extends Error {}

/** A key id that says nothing about the key (a hash), stable across restarts. */
export const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 12);

/** A new random data key, base64 (what `SCHAKEL_DATA_KEY` and the key file hold). */
export const newDataKey = () => randomBytes(keyBytes).toString('base64');

/**
 * Reads keys written as base64, separated by commas or new lines: the first seals, the others
 * only open values sealed before a rotation. Never echoes a key in an error.
 */
export function parseKeys(text: string, source: string): Keyring {
  const keys = text
    .split(/[\s,]+/)
    .filter((part) => part.length > 0)
    .map((part, index) => {
      // 32 bytes are 43 base64 digits and one `=`.
      if (!/^[A-Za-z0-9+/]{43}=$/.test(part)) {
        throw new KeyringError(
          `${source}: key ${index + 1} is not ${keyBytes} bytes in base64 (make one with: openssl rand -base64 32)`,
        );
      }
      const key = Buffer.from(part, 'base64');
      return { id: keyIdOf(key), key };
    });
  const current = keys[0];
  if (!current) throw new KeyringError(`${source} holds no key`);
  return { current, byId: new Map(keys.map((key) => [key.id, key])) };
}

/**
 * The keyring from `SCHAKEL_DATA_KEY` when set; otherwise from the key file, created (with a
 * new key, readable by this user only) when it does not exist yet.
 */
export function loadKeyring(options: { dataKey?: string | undefined; keyFile: string }): Keyring {
  if (options.dataKey) return parseKeys(options.dataKey, 'SCHAKEL_DATA_KEY');
  if (!existsSync(options.keyFile)) {
    mkdirSync(path.dirname(options.keyFile), { recursive: true, mode: 0o700 });
    writeKeyFile(options.keyFile, `${newDataKey()}\n`);
  }
  return parseKeys(readFileSync(options.keyFile, 'utf8'), options.keyFile);
}

/**
 * Puts a new key first in the key file (the older ones stay, to read what they sealed) and
 * answers the new keyring. With `SCHAKEL_DATA_KEY` the operator adds the new key there instead.
 */
export function addKeyToFile(keyFile: string): Keyring {
  mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  const existing = existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '';
  writeKeyFile(keyFile, `${newDataKey()}\n${existing}\n`);
  return parseKeys(readFileSync(keyFile, 'utf8'), keyFile);
}

/**
 * Replaces the key file whole or not at all: written beside it (owner only), flushed to disk,
 * then renamed over it — a crash or a full disk never leaves a file without the keys.
 */
function writeKeyFile(keyFile: string, text: string) {
  const next = `${keyFile}.${process.pid}.new`;
  const fd = openSync(next, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(next, keyFile);
}

export class SealedValueError extends Error {}

/**
 * Seals and opens field values with a keyring. `place` names where the value belongs (e.g.
 * `cases.description:<case id>`): opening it anywhere else fails. `reload` reads the keys
 * again when a value names a key not yet known — one rotated in while the server runs, which
 * then also seals with it.
 */
export function fieldCipher(initial: Keyring, options: { reload?: () => Keyring } = {}) {
  let keyring = initial;
  return {
    seal(plain: string, place: string): string {
      const { id, key } = keyring.current;
      const nonce = randomBytes(nonceBytes);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(place, 'utf8'));
      const data = Buffer.concat([
        cipher.update(plain, 'utf8'),
        cipher.final(),
        cipher.getAuthTag(),
      ]);
      return [format, id, nonce.toString('base64url'), data.toString('base64url')].join('.');
    },

    open(sealed: string, place: string): string {
      const [marker, id, nonce, data] = sealed.split('.');
      if (marker !== format || !id || !nonce || data === undefined) {
        throw new SealedValueError('not a sealed value');
      }
      // A key rotated in meanwhile (`schakel keys rotate`): read the keys again, once.
      if (!keyring.byId.has(id) && options.reload) keyring = options.reload();
      const dataKey = keyring.byId.get(id);
      if (!dataKey) throw new SealedValueError(`sealed with key ${id}, which is not configured`);
      const bytes = Buffer.from(data, 'base64url');
      try {
        const decipher = createDecipheriv(
          'aes-256-gcm',
          dataKey.key,
          Buffer.from(nonce, 'base64url'),
          {
            authTagLength: tagBytes,
          },
        );
        decipher.setAAD(Buffer.from(place, 'utf8'));
        decipher.setAuthTag(bytes.subarray(bytes.length - tagBytes));
        return Buffer.concat([
          decipher.update(bytes.subarray(0, bytes.length - tagBytes)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SealedValueError('a sealed value was changed, or belongs elsewhere');
      }
    },

    /** Whether the keyring has the key with this id. */
    hasKey(id: string): boolean {
      return keyring.byId.has(id);
    },

    /** Whether a value was sealed with an older key (`schakel keys rotate` seals it again). */
    isSealedWithOlderKey(sealed: string): boolean {
      return sealed.split('.')[1] !== keyring.current.id;
    },
  };
}

export type FieldCipher = ReturnType<typeof fieldCipher>;
