import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Formats a calendar day ("2026-11-29", a due date, a date of consent) as "29 november 2026"
 * (or in English). The day is the same everywhere: it is not moved into the browser's zone.
 */
export function useDay(): (day: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  }, [i18n.resolvedLanguage]);
}

/** Today in the browser's zone, as a date input writes it: "2026-11-29". */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
