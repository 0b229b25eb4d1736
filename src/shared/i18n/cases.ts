import { casesEn } from './cases.en.js';
import { type CasesCatalogue, casesNl } from './cases.nl.js';
import type { Language } from './index.js';

/**
 * The words of the case pages, per language. Kept apart from the main catalogues so that the
 * web app loads them with those pages only; their top-level key never clashes with the main
 * catalogues' (the catalogue test checks).
 */
export const casesCatalogues: Record<Language, CasesCatalogue> = { nl: casesNl, en: casesEn };
export type { CasesCatalogue } from './cases.nl.js';
