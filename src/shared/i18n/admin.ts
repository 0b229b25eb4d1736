import { adminEn } from './admin.en.js';
import { type AdminCatalogue, adminNl } from './admin.nl.js';
import type { Language } from './index.js';

/**
 * The words of the managers' pages and the audit trail, per language. Kept apart from the main
 * catalogues so that the web app loads them with those pages only; their top-level keys never
 * clash with the main catalogues' (the catalogue test checks).
 */
export const adminCatalogues: Record<Language, AdminCatalogue> = { nl: adminNl, en: adminEn };
export type { AdminCatalogue } from './admin.nl.js';
