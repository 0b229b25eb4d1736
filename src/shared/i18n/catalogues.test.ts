import { describe, expect, it } from 'vitest';
import { adminCatalogues } from './admin.js';
import { casesCatalogues } from './cases.js';
import { directoryCatalogues } from './directory.js';
import { directoryValueCatalogues } from './directory-values.js';
import { catalogues } from './index.js';
import { publicDirectoryEn } from './public-directory.en.js';
import { publicDirectoryNl } from './public-directory.nl.js';

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
  [
    'public directory (loaded with the public page)',
    { nl: publicDirectoryNl, en: publicDirectoryEn },
  ],
  ['directory (loaded with the directory’s reading pages)', directoryCatalogues],
  ['cases (loaded with the case pages)', casesCatalogues],
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

describe('the directory catalogues', () => {
  it('share no top-level key with the main and admin catalogues, which they are merged into', () => {
    const others = [...Object.keys(catalogues.nl), ...Object.keys(adminCatalogues.nl)];
    expect(Object.keys(directoryCatalogues.nl).filter((key) => others.includes(key))).toEqual([]);
  });
});

describe('the public directory catalogues', () => {
  it('share no top-level key with the other catalogues, which they are merged into', () => {
    const others = [
      ...Object.keys(catalogues.nl),
      ...Object.keys(adminCatalogues.nl),
      ...Object.keys(directoryCatalogues.nl),
    ];
    expect(Object.keys(publicDirectoryNl).filter((key) => others.includes(key))).toEqual([]);
  });
});

describe('the case catalogues', () => {
  it('share no top-level key with the other catalogues, which they are merged into', () => {
    const others = [
      ...Object.keys(catalogues.nl),
      ...Object.keys(adminCatalogues.nl),
      ...Object.keys(directoryCatalogues.nl),
      ...Object.keys(publicDirectoryNl),
    ];
    expect(Object.keys(casesCatalogues.nl).filter((key) => others.includes(key))).toEqual([]);
  });
});

describe('the audit trail words', () => {
  it('name every action the trail knows, in both languages', async () => {
    const { knownActions } = await import('../../web/features/audit/auditText.js');
    for (const language of ['nl', 'en'] as const) {
      const labels = adminCatalogues[language].audit.action as Record<string, string>;
      const missing = knownActions.filter((action) => !labels[action.replaceAll('.', '_')]);
      expect(missing, language).toEqual([]);
    }
  });
});

describe('the public directory’s words for the values of the lists', () => {
  it('word only values the directory’s own catalogue has (they stand in for those words)', () => {
    for (const language of ['nl', 'en'] as const) {
      const own = new Map(flatten({ directory: directoryValueCatalogues[language].directory }));
      const publicWords = { nl: publicDirectoryNl, en: publicDirectoryEn }[language];
      const { category, targetGroup, access, language: languages } = publicWords.publicDirectory;
      const overrides = flatten({
        directory: { category, targetGroup, access, language: languages },
      });
      expect(
        overrides.filter(([key]) => !own.has(key)).map(([key]) => key),
        language,
      ).toEqual([]);
    }
  });
});
