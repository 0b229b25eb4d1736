import { directoryEn } from './directory.en.js';
import { type DirectoryCatalogue, directoryNl } from './directory.nl.js';
import type { Language } from './index.js';

/**
 * The words of the directory's reading pages (search, entry, who-is-who), per language. Kept
 * apart from the main catalogues so that the web app loads them with those pages only; their
 * top-level key never clashes with the main catalogues' (the catalogue test checks).
 */
export const directoryCatalogues: Record<Language, DirectoryCatalogue> = {
  nl: directoryNl,
  en: directoryEn,
};
export type { DirectoryCatalogue } from './directory.nl.js';
