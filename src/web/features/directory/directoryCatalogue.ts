import i18n from 'i18next';
import { directoryCatalogues } from '../../../shared/i18n/directory.js';

/**
 * The words of the directory's reading pages come with their code, not with the main bundle:
 * importing this module adds them (both languages) to the one translation namespace, before any
 * page of the chunk renders.
 */
for (const [language, catalogue] of Object.entries(directoryCatalogues)) {
  i18n.addResourceBundle(language, 'translation', catalogue, true, false);
}
