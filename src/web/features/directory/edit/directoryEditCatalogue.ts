import i18n from 'i18next';
import { directoryCatalogues } from '../../../../shared/i18n/directory.js';
import { directoryEditEn } from '../../../../shared/i18n/directory-edit.en.js';
import { directoryEditNl } from '../../../../shared/i18n/directory-edit.nl.js';
// The managers' words too: these pages reuse their forms, alerts and audit labels.
import '../../admin/adminCatalogue.js';

/**
 * The words of the directory's editing and exchange pages come with their code, not with the
 * main bundle: importing this module adds them (both languages) to the one translation
 * namespace, before any page of the chunk renders.
 */
for (const [language, catalogue] of Object.entries({ nl: directoryEditNl, en: directoryEditEn })) {
  i18n.addResourceBundle(language, 'translation', catalogue, true, false);
}
// The reading pages' words for the values of the directory's lists (categories, target groups,
// access routes, languages): the same words when an entry is read and when it is edited.
for (const [language, catalogue] of Object.entries(directoryCatalogues)) {
  i18n.addResourceBundle(language, 'translation', catalogue, true, false);
}
