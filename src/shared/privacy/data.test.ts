import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handFirstNames, handSurnames } from './data/names-hand.js';
import { decodeFrontCoded, encodeFrontCoded, fold, splitList } from './fold.js';
import { CORE, FIRST, lexicon, SURNAME } from './lexicon.js';

const here = path.dirname(new URL(import.meta.url).pathname);

describe('the compiled lists', () => {
  it('front coding round-trips', () => {
    const entries = ['abdel', 'abdelkader', 'abdelkarim', 'el amrani', 'el-haddad', "o'neill", 'z'];
    expect(decodeFrontCoded(encodeFrontCoded(entries))).toEqual(entries);
  });

  it('hold every hand-compiled name (run bench/pii/compile-lists.ts after editing them)', () => {
    const { flags } = lexicon();
    const missing: string[] = [];
    for (const list of Object.values(handFirstNames)) {
      for (const name of splitList(list)) {
        if (!((flags.get(fold(name)) ?? 0) & FIRST)) missing.push(name);
      }
    }
    for (const list of Object.values(handSurnames)) {
      for (const name of splitList(list)) {
        const parts = fold(name).split(' ');
        const core = parts[parts.length - 1] ?? '';
        const f = parts.length === 1 ? flags.get(core) : (flags.get(core) ?? 0);
        if (!((f ?? 0) & (SURNAME | CORE | FIRST))) missing.push(name);
      }
    }
    expect(missing).toEqual([]);
  });

  it('fold diacritics and the letters NFD keeps', () => {
    expect(fold('Öztürk')).toBe('ozturk');
    expect(fold('Yılmaz')).toBe('yilmaz');
    expect(fold('Łukasz')).toBe('lukasz');
    expect(fold('Çelik')).toBe('celik');
    expect(fold('Kofi’s')).toBe("kofi's");
  });
});

describe('the detector is browser code', () => {
  it('imports no Node APIs (only the tests may)', () => {
    const files = [
      ...readdirSync(here).map((f) => path.join(here, f)),
      ...readdirSync(path.join(here, 'data')).map((f) => path.join(here, 'data', f)),
    ].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/from ['"](?:node:|fs|path|os|crypto|buffer)['"/]/);
      expect(source, file).not.toMatch(/\b(?:process|Buffer|require)\b[.(]/);
    }
  });

  it('documents the source and licence of every data file', () => {
    const readme = readFileSync(path.join(here, 'data', 'README.md'), 'utf8');
    for (const file of readdirSync(path.join(here, 'data')).filter((f) => f.endsWith('.ts'))) {
      expect(readme, file).toContain(`\`${file}\``);
    }
  });
});
