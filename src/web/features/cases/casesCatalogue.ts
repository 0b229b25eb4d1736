import i18n from 'i18next';
import { casesCatalogues } from '../../../shared/i18n/cases.js';
// The managers' words too: these pages reuse their forms, alerts and refusals.
import '../admin/adminCatalogue.js';

/**
 * The words of the case pages come with their code, not with the main bundle: importing this
 * module adds them (both languages) to the one translation namespace, before any page of the
 * chunk renders.
 */
for (const [language, catalogue] of Object.entries(casesCatalogues)) {
  i18n.addResourceBundle(language, 'translation', catalogue, true, false);
}
