import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats a moment as "3 mei 2026 om 10:15" (or in English), in the browser's time zone. */
export function useDateTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
      dateStyle: 'long',
      timeStyle: 'short',
    });
    return (iso: string) => format.format(new Date(iso));
  }, [i18n.resolvedLanguage]);
}
