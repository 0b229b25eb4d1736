import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A formatter in the user's language, made again only when the language changes. */
function useFormat<T>(options: Intl.DateTimeFormatOptions, parse: (value: T) => Date) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  // biome-ignore lint/correctness/useExhaustiveDependencies: each caller passes the same options and parser
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, options);
    return (value: T) => format.format(parse(value));
  }, [language]);
}

const longDay = { dateStyle: 'long' } as const;
const inUtc = { dateStyle: 'long', timeZone: 'UTC' } as const;
const withTime = { dateStyle: 'long', timeStyle: 'short' } as const;
const moment = (value: string | Date) => new Date(value);
const calendarDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** A moment as a date only, "28 november 2026" (or in English), in the browser's time zone. */
export const useDate = () => useFormat(longDay, moment);

/** A moment as "3 mei 2026 om 10:15" (or in English), in the browser's time zone. */
export const useDateTime = () => useFormat(withTime, moment);

/**
 * A calendar day ("2026-11-29": a due date, a date of consent) as "29 november 2026" (or in
 * English). The day is the same everywhere: it is not moved into the browser's zone.
 */
export const useDay = () => useFormat(inUtc, calendarDay);

/** Today in the browser's zone, as a date input writes it: "2026-11-29". */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
