import { describe, expect, it } from 'vitest';
import { adminCatalogues } from '../../../../shared/i18n/admin.js';
import { directoryCatalogues } from '../../../../shared/i18n/directory.js';
import { directoryEditEn } from '../../../../shared/i18n/directory-edit.en.js';
import { directoryEditNl } from '../../../../shared/i18n/directory-edit.nl.js';
import { catalogues } from '../../../../shared/i18n/index.js';

// The same checks as src/shared/i18n/catalogues.test.ts, for the catalogue pair of the
// directory's editing and exchange pages.

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('the message catalogues of the directory’s editing pages', () => {
  const dutch = new Map(flatten(directoryEditNl));
  const english = new Map(flatten(directoryEditEn));

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

  it('share no top-level key with the catalogues they are merged with', () => {
    const others = [
      ...Object.keys(catalogues.nl),
      ...Object.keys(adminCatalogues.nl),
      ...Object.keys(directoryCatalogues.nl),
    ];
    expect(Object.keys(directoryEditNl).filter((key) => others.includes(key))).toEqual([]);
  });
});
