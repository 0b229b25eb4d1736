import { describe, expect, it } from 'vitest';
import { adminCatalogues } from './admin.js';
import { catalogues } from './index.js';

type Tree = { [key: string]: string | Tree };

/** Every key as a dotted path, with its text. */
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe.each([
  ['main', catalogues],
  ['admin (loaded with the managers’ pages)', adminCatalogues],
] as const)('the %s message catalogues', (_, pair) => {
  const dutch = new Map(flatten(pair.nl));
  const english = new Map(flatten(pair.en));

  it('have the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('have no empty text', () => {
    for (const [key, text] of [...dutch, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of dutch) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('the admin catalogues', () => {
  it('share no top-level key with the main catalogues, which they are merged into', () => {
    const main = Object.keys(catalogues.nl);
    expect(Object.keys(adminCatalogues.nl).filter((key) => main.includes(key))).toEqual([]);
  });
});
