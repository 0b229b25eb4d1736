import type { TFunction } from 'i18next';
import type { ValueList } from '../directory/directoryText.js';

/**
 * A value of one of the directory's lists as residents read it: the public page's own word
 * where it has one (public-directory.nl.ts), else the directory's (directory-values.nl.ts).
 */
export const publicValueLabel = (t: TFunction, list: ValueList, value: string): string =>
  t([`publicDirectory.${list}.${value}`, `directory.${list}.${value}`]);

/** Several values of one list in residents' words, as one line: "Vrouwen, Ouders". */
export const publicValueLabels = (t: TFunction, list: ValueList, values: readonly string[]) =>
  values.map((value) => publicValueLabel(t, list, value)).join(', ');
