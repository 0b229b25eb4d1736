import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addKeyToFile,
  fieldCipher,
  KeyringError,
  keyIdOf,
  loadKeyring,
  newDataKey,
  parseKeys,
  SealedValueError,
} from './field-encryption.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });

const dir = mkdtempSync(path.join(tmpdir(), 'schakel-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const narrative = 'Moeder maakt zich zorgen over de spanning thuis sinds de verhuizing.';

describe('sealing narrative fields', () => {
  const cipher = fieldCipher(parseKeys(newDataKey(), 'test'));

  it('opens what it sealed, and the sealed value shows none of the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }), (text) => {
        const sealed = cipher.seal(text, 'cases.description:1');
        expect(cipher.open(sealed, 'cases.description:1')).toBe(text);
      }),
    );
    const sealed = cipher.seal(narrative, 'cases.description:1');
    for (const word of ['Moeder', 'zorgen', 'spanning', 'verhuizing']) {
      expect(sealed).not.toContain(word);
    }
    // A fresh nonce every time: the same text never seals to the same value.
    expect(cipher.seal(narrative, 'cases.description:1')).not.toBe(sealed);
  });

  it('refuses a value moved to another record or field, or changed', () => {
    const sealed = cipher.seal(narrative, 'cases.description:1');
    expect(() => cipher.open(sealed, 'cases.description:2')).toThrow(SealedValueError);
    expect(() => cipher.open(sealed, 'cases.question:1')).toThrow(SealedValueError);
    const parts = sealed.split('.');
    const data = Buffer.from(parts[3] as string, 'base64url');
    data[0] = (data[0] as number) ^ 1;
    parts[3] = data.toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'cases.description:1')).toThrow(SealedValueError);
    expect(() => cipher.open(narrative, 'cases.description:1')).toThrow(SealedValueError);
  });

  it('names the key of each value, and still opens values of an older key', () => {
    const older = newDataKey();
    const sealedBefore = fieldCipher(parseKeys(older, 'test')).seal(narrative, 'p');
    const newest = newDataKey();
    const rotated = fieldCipher(parseKeys(`${newest},${older}`, 'test'));
    expect(rotated.open(sealedBefore, 'p')).toBe(narrative);
    expect(rotated.isSealedWithOlderKey(sealedBefore)).toBe(true);
    const sealedNow = rotated.seal(narrative, 'p');
    expect(rotated.isSealedWithOlderKey(sealedNow)).toBe(false);
    expect(sealedNow.split('.')[1]).toBe(keyIdOf(Buffer.from(newest, 'base64')));
    // Without the older key, its values cannot be opened at all.
    const forgotten = fieldCipher(parseKeys(newDataKey(), 'test'));
    expect(() => forgotten.open(sealedBefore, 'p')).toThrow(/not configured/);
  });
});

describe('a key rotated in while the server runs', () => {
  it('is read when a value names it, and seals from then on', () => {
    const older = newDataKey();
    let keys = older;
    const cipher = fieldCipher(parseKeys(keys, 'test'), { reload: () => parseKeys(keys, 'test') });
    const newer = newDataKey();
    keys = `${newer},${older}`;
    const sealedElsewhere = fieldCipher(parseKeys(keys, 'test')).seal(narrative, 'p');
    expect(cipher.open(sealedElsewhere, 'p')).toBe(narrative);
    expect(cipher.seal(narrative, 'p').split('.')[1]).toBe(keyIdOf(Buffer.from(newer, 'base64')));
  });
});

describe('the data keys', () => {
  it('refuses a key that is not 32 bytes of base64, without repeating it', () => {
    const tooShort = Buffer.alloc(16, 7).toString('base64');
    expect(() => parseKeys(tooShort, 'SCHAKEL_DATA_KEY')).toThrow(KeyringError);
    try {
      parseKeys(`${newDataKey()},${tooShort}`, 'SCHAKEL_DATA_KEY');
    } catch (error) {
      expect((error as Error).message).toMatch(/^SCHAKEL_DATA_KEY: key 2 is not 32 bytes/);
      expect((error as Error).message).not.toContain(tooShort);
    }
    expect(() => parseKeys(' , ', 'SCHAKEL_DATA_KEY')).toThrow(/holds no key/);
  });

  it('takes SCHAKEL_DATA_KEY when set, and writes no key file then', () => {
    const key = newDataKey();
    const keyFile = path.join(dir, 'unused', 'data-keys');
    const keyring = loadKeyring({ dataKey: key, keyFile });
    expect(keyring.current.id).toBe(keyIdOf(Buffer.from(key, 'base64')));
    expect(() => statSync(keyFile)).toThrow();
  });

  it('creates a key file at first start, readable by its owner only, and keeps using it', () => {
    const keyFile = path.join(dir, 'first', 'keys', 'data-keys');
    const first = loadKeyring({ keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(loadKeyring({ keyFile }).current.id).toBe(first.current.id);

    const sealed = fieldCipher(first).seal(narrative, 'p');
    const rotated = addKeyToFile(keyFile);
    expect(rotated.current.id).not.toBe(first.current.id);
    expect(readFileSync(keyFile, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(fieldCipher(loadKeyring({ keyFile })).open(sealed, 'p')).toBe(narrative);
  });
});
