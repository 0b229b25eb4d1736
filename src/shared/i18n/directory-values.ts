import { directoryValuesEn } from './directory-values.en.js';
import { type DirectoryValues, directoryValuesNl } from './directory-values.nl.js';
import type { Language } from './index.js';

/**
 * The words for the values of the directory's lists alone (categories, target groups, access
 * routes, languages), per language, under the `directory` key the reading pages' catalogue
 * (directory.ts) also holds them in. The public page loads these, not the whole catalogue.
 */
export const directoryValueCatalogues: Record<Language, { directory: DirectoryValues }> = {
  nl: { directory: directoryValuesNl },
  en: { directory: directoryValuesEn },
};
export type { DirectoryValues } from './directory-values.nl.js';
