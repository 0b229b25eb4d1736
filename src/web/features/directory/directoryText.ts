import type { TFunction } from 'i18next';
import type {
  AccessRoute,
  DirectoryLanguage,
  ServiceCategory,
  TargetGroup,
} from '../../../shared/schemas/directory.js';

/** The words for the values of the directory's fixed lists (src/shared/schemas/directory.ts). */
export const categoryLabel = (t: TFunction, value: ServiceCategory) =>
  t(`directory.category.${value}`);
export const targetGroupLabel = (t: TFunction, value: TargetGroup) =>
  t(`directory.targetGroup.${value}`);
export const accessLabel = (t: TFunction, value: AccessRoute) => t(`directory.access.${value}`);
export const languageLabel = (t: TFunction, value: DirectoryLanguage) =>
  t(`directory.language.${value}`);

/** The directory's fixed lists whose values have words in the catalogue (directory-values.nl.ts). */
export type ValueList = 'category' | 'targetGroup' | 'access' | 'language';

/** Several values of one of those lists in words, as one line: "Vrouwen, Ouders". */
export const valueLabels = (t: TFunction, list: ValueList, values: readonly string[]) =>
  values.map((value) => t(`directory.${list}.${value}`)).join(', ');

/** Several values in words, as one line: "Vrouwen, Ouders". */
export const listed = <T extends string>(
  t: TFunction,
  label: (t: TFunction, value: T) => string,
  values: readonly T[],
) => values.map((value) => label(t, value)).join(', ');

/** A text cut to about `max` characters at a word's end, for a list of results. */
export function shortened(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const end = cut.lastIndexOf(' ');
  return `${(end > max / 2 ? cut.slice(0, end) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** "https://www.example.org/" → "www.example.org": how a website reads in a list or on paper. */
export const websiteText = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** A phone number as a `tel:` link wants it: digits and a leading + only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
