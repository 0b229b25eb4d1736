import type {
  AccessRoute,
  DirectoryLanguage,
  ServiceCategory,
  TargetGroup,
} from '../schemas/directory.js';

/**
 * Dutch words for the values of the directory's fixed lists (src/shared/schemas/directory.ts):
 * categories, target groups, access routes, languages. One small catalogue, under the
 * `directory` key, that every directory chunk loads: the reading pages and the editing pages
 * (inside directory.nl.ts) and the public page (which may word a few values for residents,
 * see public-directory.nl.ts).
 */
export const directoryValuesNl = {
  category: {
    'support-group': 'Steungroep',
    shelter: 'Opvang',
    'time-out-place': 'Time-outplek',
    'debt-help': 'Hulp bij schulden',
    'legal-aid': 'Juridische hulp',
    treatment: 'Behandeling',
    training: 'Training of cursus',
    'awareness-dialogue': 'Voorlichting en gesprek',
    'walk-in': 'Inloop',
    'perpetrator-help': 'Hulp voor plegers',
    'child-support': 'Steun voor kinderen',
  } satisfies Record<ServiceCategory, string>,
  targetGroup: {
    women: 'Vrouwen',
    'men-fathers': 'Mannen en vaders',
    'children-youth': 'Kinderen en jongeren',
    parents: 'Ouders',
    elderly: 'Ouderen',
    lgbtqi: 'LHBTIQ+',
    'specific-communities': 'Eigen gemeenschappen',
    perpetrators: 'Plegers',
    professionals: 'Professionals',
  } satisfies Record<TargetGroup, string>,
  access: {
    'walk-in': 'Zelf binnenlopen',
    referral: 'Via een verwijzing',
    phone: 'Bellen',
  } satisfies Record<AccessRoute, string>,
  language: {
    nl: 'Nederlands',
    en: 'Engels',
    ar: 'Arabisch',
    tr: 'Turks',
    ber: 'Tamazight (Berbers)',
    pap: 'Papiaments',
    srn: 'Sranantongo',
    fr: 'Frans',
    es: 'Spaans',
    pl: 'Pools',
    uk: 'Oekraïens',
    so: 'Somalisch',
    ti: 'Tigrinya',
    fa: 'Perzisch (Farsi)',
    ur: 'Urdu',
    hi: 'Hindi',
    zh: 'Chinees',
    tw: 'Twi',
    pt: 'Portugees',
    de: 'Duits',
  } satisfies Record<DirectoryLanguage, string>,
};

export type DirectoryValues = typeof directoryValuesNl;
