import { en } from './en.js';
import { nl } from './nl.js';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'nl';

export const catalogues = { nl, en } as const;
export type { Catalogue } from './nl.js';
