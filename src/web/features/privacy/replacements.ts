import type { Category } from '../../../shared/privacy/types.js';

/**
 * The neutral words offered for each kind of finding, as keys of `privacy.replacement.*`:
 * roles and relations for a name, a placeholder (or a plain word) for the rest.
 */
export const replacements: Record<Category, readonly string[]> = {
  name: [
    'mother',
    'father',
    'child1',
    'child2',
    'partner',
    'neighbourWoman',
    'neighbourMan',
    'uncle',
    'aunt',
  ],
  bsn: ['bsn'],
  phone: ['phone'],
  email: ['email'],
  address: ['home', 'address'],
  postcode: ['postcode'],
  date: ['recently', 'date'],
  iban: ['iban'],
  plate: ['plate'],
  url: ['url'],
  handle: ['handle'],
};
