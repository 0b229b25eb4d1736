import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats a moment as a date only, "28 november 2026" (or in English), in the browser's zone. */
export function useDate(): (date: string | Date) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'long' });
    return (date: string | Date) => format.format(new Date(date));
  }, [i18n.resolvedLanguage]);
}
