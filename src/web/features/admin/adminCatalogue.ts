import i18n from 'i18next';
import { adminCatalogues } from '../../../shared/i18n/admin.js';

/**
 * The words of the managers' pages and the audit trail come with their code, not with the
 * main bundle: importing this module adds them (both languages) to the one translation
 * namespace, before any page of the chunk renders.
 */
for (const [language, catalogue] of Object.entries(adminCatalogues)) {
  i18n.addResourceBundle(language, 'translation', catalogue, true, false);
}
