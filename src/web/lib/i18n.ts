import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { catalogues, defaultLanguage, type Language, languages } from '../../shared/i18n/index.js';

export const languageStorageKey = 'schakel.language';

/** Dutch unless the user chose English before: the choice is kept in this browser only. */
export async function initI18n(): Promise<typeof i18n> {
  await i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: {
        nl: { translation: catalogues.nl },
        en: { translation: catalogues.en },
      },
      supportedLngs: [...languages],
      fallbackLng: defaultLanguage,
      detection: {
        order: ['localStorage'],
        lookupLocalStorage: languageStorageKey,
        // Nothing is stored until someone chooses (chooseLanguage): opening a page — the public
        // directory on a shared computer — must leave no trace in the browser.
        caches: [],
      },
      interpolation: { escapeValue: false }, // React escapes already
      returnNull: false,
    });
  const followLanguage = (language: string) => {
    document.documentElement.lang = language;
  };
  followLanguage(i18n.resolvedLanguage ?? defaultLanguage);
  i18n.on('languageChanged', followLanguage);
  return i18n;
}

/** The user's choice of language, kept in this browser for their next visit. */
export function chooseLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage refused (private mode, full): the choice holds for this visit only.
  }
}

export const otherLanguage = (language: string | undefined): Language =>
  language === 'en' ? 'nl' : 'en';
