import { createHash } from 'node:crypto';
import {
  type AccessRoute,
  accessRoutes,
  type DirectoryLanguage,
  type DirectoryStatus,
  directoryLanguages,
  directoryStatuses,
  type ServiceCategory,
  serviceCategories,
  type TargetGroup,
  targetGroups,
} from '../../../../shared/schemas/directory.js';
import type { HsdsOrganization } from '../../../../shared/schemas/directory-exchange.js';
import {
  type OrganisationKind,
  organisationKinds,
} from '../../../../shared/schemas/organisation.js';

/**
 * The one place where Schakel's codes meet HSDS: our categories, target groups, access routes
 * and the organisation fields HSDS has no field for become taxonomy terms of taxonomies of our
 * own (`taxonomy_id` "schakel-…"), linked to an organization or service by an attribute.
 */

/** Namespace of the UUIDs that an export derives from our ids, so that each export is the same. */
export const stableIdNamespace = '4c1b0a36-5b7e-4d8e-9a3c-2f6d1e0b7a95';
const namespaceBytes = Buffer.from(stableIdNamespace.replaceAll('-', ''), 'hex');

/**
 * A name-based UUID (version 5, RFC 9562) of the parts: what `uuid`'s `v5` computes, with
 * Node's own SHA-1, which is several times faster — an export of a city makes 100,000s.
 */
export function stableId(...parts: string[]): string {
  const hash = createHash('sha1').update(namespaceBytes).update(parts.join(':')).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const categoryNames: Record<ServiceCategory, string> = {
  'support-group': 'Support group',
  shelter: 'Shelter',
  'time-out-place': 'Time-out place',
  'debt-help': 'Debt help',
  'legal-aid': 'Legal aid',
  treatment: 'Treatment',
  training: 'Training',
  'awareness-dialogue': 'Awareness and dialogue',
  'walk-in': 'Walk-in',
  'perpetrator-help': 'Help for perpetrators',
  'child-support': 'Support for children',
};

const targetGroupNames: Record<TargetGroup, string> = {
  women: 'Women',
  'men-fathers': 'Men and fathers',
  'children-youth': 'Children and youth',
  parents: 'Parents',
  elderly: 'Elderly people',
  lgbtqi: 'LGBTQI+',
  'specific-communities': 'Specific communities',
  perpetrators: 'Perpetrators',
  professionals: 'Professionals',
};

const accessRouteNames: Record<AccessRoute, string> = {
  'walk-in': 'Walk in',
  referral: 'By referral',
  phone: 'By phone',
};

const kindNames: Record<OrganisationKind, string> = {
  informal: 'Informal partner',
  formal: 'Formal partner',
};

const statusNames: Record<DirectoryStatus, string> = {
  active: 'Active',
  inactive: 'Inactive',
};

/** Language names as HSDS `language.name` wants them (the code goes in `code`). */
export const languageNames: Record<DirectoryLanguage, string> = {
  nl: 'Dutch',
  en: 'English',
  ar: 'Arabic',
  tr: 'Turkish',
  ber: 'Tamazight',
  pap: 'Papiamento',
  srn: 'Sranan Tongo',
  fr: 'French',
  es: 'Spanish',
  pl: 'Polish',
  uk: 'Ukrainian',
  so: 'Somali',
  ti: 'Tigrinya',
  fa: 'Persian',
  ur: 'Urdu',
  hi: 'Hindi',
  zh: 'Chinese',
  tw: 'Twi',
  pt: 'Portuguese',
  de: 'German',
};

export const profileTerms = {
  'what-we-do': 'What we do',
  'what-we-do-not': 'What we do not do',
} as const;
export type ProfileTerm = keyof typeof profileTerms;

interface Taxonomy<Code extends string> {
  id: string;
  description: string;
  /** Code → English name; empty for districts, whose names come from the database. */
  names: Record<Code, string>;
  codes: readonly Code[];
}

const taxonomy = <Code extends string>(
  id: string,
  description: string,
  codes: readonly Code[],
  names: Record<Code, string>,
): Taxonomy<Code> => ({ id, description, codes, names });

export const taxonomies = {
  categories: taxonomy(
    'schakel-categories',
    'What a service offers.',
    serviceCategories,
    categoryNames,
  ),
  targetGroups: taxonomy(
    'schakel-target-groups',
    'For whom a service is.',
    targetGroups,
    targetGroupNames,
  ),
  accessRoutes: taxonomy(
    'schakel-access-routes',
    'How to get to a service.',
    accessRoutes,
    accessRouteNames,
  ),
  kinds: taxonomy(
    'schakel-organisation-kinds',
    'Informal (community) or formal partner.',
    organisationKinds,
    kindNames,
  ),
  languages: taxonomy(
    'schakel-languages',
    'Languages spoken by the organisation.',
    directoryLanguages,
    languageNames,
  ),
  status: taxonomy(
    'schakel-organisation-status',
    "Whether the organisation's entry is active.",
    directoryStatuses,
    statusNames,
  ),
  profile: taxonomy(
    'schakel-profile',
    "The organisation's role in its own words; the text is the attribute's value.",
    Object.keys(profileTerms) as ProfileTerm[],
    profileTerms,
  ),
  districts: {
    id: 'schakel-districts',
    description: 'City districts the organisation serves, by code.',
  },
} as const;

/** Taxonomy id → its key in `taxonomies`, for reading a file. */
export const taxonomyKeyOf = new Map<string, keyof typeof taxonomies>(
  Object.entries(taxonomies).map(([key, value]) => [value.id, key as keyof typeof taxonomies]),
);

/** How a service area names one of our districts. */
export const districtUriPrefix = 'urn:schakel:district:';

/** The unit of `service_capacity`: places (a bed, a seat in a group). */
export const placeUnit = { id: stableId('unit', 'place'), name: 'place' };

type HsdsAttribute = HsdsOrganization['attributes'][number];

/** A term of one of our taxonomies; the same object for every attribute that uses it. */
const termCache = new Map<string, HsdsAttribute['taxonomy_term']>();
function termOf(of: { id: string; description: string }, code: string, name: string) {
  const key = `${of.id}:${code}:${name}`;
  let term = termCache.get(key);
  if (!term) {
    term = {
      id: stableId('term', of.id, code),
      code,
      name,
      description: of.description,
      taxonomy_id: of.id,
    };
    // District names come from the database; the cache stays small (codes × names seen).
    if (termCache.size < 10_000) termCache.set(key, term);
  }
  return term;
}

/**
 * An attribute giving an organization or a service a term of one of our taxonomies. Nested in
 * its organization or service, as HSDS JSON has it: without the link and term ids that only
 * its tabular form needs.
 */
export function attribute(
  linkId: string,
  of: { id: string; description: string },
  term: { code: string; name: string; value?: string },
): HsdsAttribute {
  return {
    id: stableId('attribute', linkId, of.id, term.code),
    taxonomy_term: termOf(of, term.code, term.name),
    ...(term.value === undefined ? {} : { value: term.value }),
  };
}

/** The attributes of one of our taxonomies for a list of codes. */
export function attributes<Code extends string>(
  linkId: string,
  of: Taxonomy<Code>,
  codes: readonly Code[],
): HsdsAttribute[] {
  return codes.map((code) => attribute(linkId, of, { code, name: of.names[code] }));
}
