import i18n from 'i18next';
import { directoryValueCatalogues } from '../../../shared/i18n/directory-values.js';
import { publicDirectoryEn } from '../../../shared/i18n/public-directory.en.js';
import { publicDirectoryNl } from '../../../shared/i18n/public-directory.nl.js';

/**
 * The words of the public directory page come with its code, not with the main bundle:
 * importing this module adds them (both languages) to the one translation namespace, before
 * any page of the chunk renders. With them the words for the values of the directory's lists,
 * the same catalogue the signed-in pages read (not their other words).
 */
for (const [language, catalogue] of Object.entries({
  nl: publicDirectoryNl,
  en: publicDirectoryEn,
})) {
  i18n.addResourceBundle(language, 'translation', catalogue, true, false);
}
for (const [language, catalogue] of Object.entries(directoryValueCatalogues)) {
  i18n.addResourceBundle(language, 'translation', catalogue, true, false);
}
