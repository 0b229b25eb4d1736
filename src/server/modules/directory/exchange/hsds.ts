import { z } from 'zod';
import {
  accessRoutes,
  type DirectoryLanguage,
  type DirectoryStatus,
  directoryLanguages,
  directoryStatuses,
  serviceCategories,
  targetGroups,
} from '../../../../shared/schemas/directory.js';
import type {
  HsdsOrganization,
  HsdsService,
} from '../../../../shared/schemas/directory-exchange.js';
import { organisationKinds } from '../../../../shared/schemas/organisation.js';
import type {
  ExchangeOrganisation,
  ExchangeProfile,
  ExchangeService,
} from './directory-exchange.repository.js';
import {
  capacity,
  codeOf,
  email,
  type ImportedOrganisation,
  type ImportedService,
  name,
  nameKey,
  type Place,
  Problems,
  type ProfilePatch,
  quoted,
  type ReadFile,
  type ServicePatch,
  text,
  unique,
  website,
} from './imported.js';
import {
  attribute,
  attributes,
  districtUriPrefix,
  languageNames,
  type ProfileTerm,
  placeUnit,
  profileTerms,
  stableId,
  taxonomies,
  taxonomyKeyOf,
} from './taxonomy.js';

const emptyProfile: ExchangeProfile = {
  description: '',
  website: '',
  email: '',
  phone: '',
  whatWeDo: '',
  whatWeDoNot: '',
  languages: [],
  status: 'active',
  lastVerifiedAt: null,
};

function hsdsService(organisationId: string, service: ExchangeService): HsdsService {
  return {
    id: service.id,
    organization_id: organisationId,
    name: service.name,
    description: service.description,
    status: service.status,
    eligibility_description: service.eligibility,
    fees_description: service.cost,
    schedules: service.schedule
      ? [
          {
            id: stableId('schedule', service.id),
            service_id: service.id,
            description: service.schedule,
          },
        ]
      : [],
    service_areas: service.districts.map((district) => ({
      id: stableId('service-area', service.id, district.code),
      service_id: service.id,
      name: district.name,
      uri: `${districtUriPrefix}${district.code}`,
    })),
    languages: service.languages.map((code) => ({
      id: stableId('language', service.id, code),
      service_id: service.id,
      name: languageNames[code],
      code,
    })),
    capacities:
      service.capacity === null
        ? []
        : [
            {
              id: stableId('capacity', service.id),
              service_id: service.id,
              unit: placeUnit,
              maximum: service.capacity,
              description: 'Number of places (not how many are free now).',
              updated: service.updatedAt,
            },
          ],
    attributes: [
      ...attributes(service.id, taxonomies.categories, service.categories),
      ...attributes(service.id, taxonomies.targetGroups, service.targetGroups),
      ...attributes(service.id, taxonomies.accessRoutes, service.accessRoutes),
    ],
  };
}

/**
 * The directory as HSDS 3.0 organizations with their services and public locations. What HSDS
 * has no field for (kind, districts, languages spoken, status, what we do and do not do) is an
 * attribute with a term of one of our taxonomies. Warm-line contacts are never written.
 */
export function directoryHsds(organisations: readonly ExchangeOrganisation[]): HsdsOrganization[] {
  return organisations.map((organisation) => {
    const profile = organisation.profile ?? emptyProfile;
    const link = organisation.id;
    const profileAttribute = (code: ProfileTerm, value: string) =>
      attribute(link, taxonomies.profile, { code, name: profileTerms[code], value });
    return {
      id: organisation.id,
      name: organisation.name,
      description: profile.description,
      ...(profile.email ? { email: profile.email } : {}),
      ...(profile.website ? { website: profile.website } : {}),
      phones: profile.phone
        ? [
            {
              id: stableId('phone', organisation.id),
              organization_id: organisation.id,
              number: profile.phone,
            },
          ]
        : [],
      locations: organisation.locations.map((location) => ({
        id: location.id,
        location_type: 'physical' as const,
        organization_id: organisation.id,
        name: location.name,
        addresses: [
          {
            id: stableId('address', location.id),
            location_id: location.id,
            address_1: location.streetAddress,
            city: location.city,
            state_province: '',
            postal_code: location.postcode,
            country: 'NL',
            address_type: 'physical' as const,
          },
        ],
        schedules: location.openingHours
          ? [
              {
                id: stableId('schedule', location.id),
                location_id: location.id,
                description: location.openingHours,
              },
            ]
          : [],
      })),
      attributes: [
        ...attributes(link, taxonomies.kinds, [organisation.kind]),
        ...organisation.districts.map((district) =>
          attribute(link, taxonomies.districts, { code: district.code, name: district.name }),
        ),
        ...attributes(link, taxonomies.languages, profile.languages),
        ...attributes(link, taxonomies.status, [profile.status]),
        profileAttribute('what-we-do', profile.whatWeDo),
        profileAttribute('what-we-do-not', profile.whatWeDoNot),
      ],
      services: organisation.services.map((service) => hsdsService(organisation.id, service)),
    };
  });
}

// Reading. Lenient about what we do not use (other fields, other taxonomies, locations, ids:
// matching is by name); strict about what we do. `null` reads as empty; a field that is absent
// leaves what the directory has.

const textIn = z.string().nullish();
const termIn = z.looseObject({
  code: z.string().nullish(),
  taxonomy: z.string().nullish(),
  taxonomy_id: z.string().nullish(),
});
const attributesIn = z
  .array(z.looseObject({ taxonomy_term: termIn.nullish(), value: textIn }))
  .nullish();
const serviceIn = z.looseObject({
  name: z.string(),
  description: textIn,
  status: textIn,
  eligibility_description: textIn,
  fees_description: textIn,
  schedules: z.array(z.looseObject({ description: textIn })).nullish(),
  service_areas: z.array(z.looseObject({ uri: textIn })).nullish(),
  languages: z.array(z.looseObject({ code: textIn, name: textIn })).nullish(),
  capacities: z
    .array(z.looseObject({ maximum: z.number().nullish(), available: z.number().nullish() }))
    .nullish(),
  attributes: attributesIn,
});
const organizationIn = z.looseObject({
  name: z.string(),
  description: textIn,
  email: textIn,
  website: textIn,
  phones: z.array(z.looseObject({ number: textIn })).nullish(),
  attributes: attributesIn,
  services: z.array(z.unknown()).nullish(),
});
type AttributesIn = z.infer<typeof attributesIn>;

/** `[3].services[1].name` from a base and the segments of a zod issue path. */
const pathOf = (base: string, segments: readonly PropertyKey[]) =>
  segments.reduce<string>(
    (path, segment) =>
      typeof segment === 'number' ? `${path}[${segment}]` : `${path}.${String(segment)}`,
    base,
  );

/** Reports a structural problem found by zod, never the value that was there. */
function structure(base: string, error: z.ZodError, problems: Problems) {
  for (const issue of error.issues) {
    const path = pathOf(base, issue.path);
    if (issue.code === 'invalid_type' && issue.path.at(-1) === 'name') {
      problems.add({ path }, 'required', 'a name is required');
    } else {
      problems.add(
        { path },
        'invalid',
        `expected ${'expected' in issue ? issue.expected : 'another value'}`,
      );
    }
  }
}

/** A service's or organization's attributes, sorted by our taxonomies. */
function ourTerms(base: string, list: AttributesIn) {
  const terms = new Map<string, { code: string; value: string; place: Place }[]>();
  (list ?? []).forEach((item, index) => {
    const term = item.taxonomy_term;
    const key = taxonomyKeyOf.get(term?.taxonomy_id ?? term?.taxonomy ?? '');
    if (!key) return;
    const place = { path: `${base}.attributes[${index}].taxonomy_term.code` };
    terms.set(key, [
      ...(terms.get(key) ?? []),
      { code: (term?.code ?? '').trim(), value: item.value ?? '', place },
    ]);
  });
  // The attributes speak for our taxonomies when they hold any of our terms, or none at all:
  // a file from elsewhere that classifies by its own taxonomy leaves ours as they are.
  const speaks = list != null && (list.length === 0 || terms.size > 0);
  return { terms, speaks };
}

function codesOf<Code extends string>(
  found: { code: string; place: Place }[] | undefined,
  allowed: readonly Code[],
  label: string,
  problems: Problems,
): Code[] {
  const codes = (found ?? []).map(({ code, place }) =>
    codeOf(code, allowed, label, place, problems),
  );
  return unique(codes.filter((code): code is Code => code !== undefined));
}

/** HSDS service statuses: "defunct" and "temporarily closed" are inactive here. */
function statusOf(value: string, place: Place, problems: Problems): DirectoryStatus | undefined {
  const status = value.trim().toLowerCase();
  if ((directoryStatuses as readonly string[]).includes(status)) return status as DirectoryStatus;
  if (status === 'defunct' || status === 'temporarily closed') return 'inactive';
  problems.add(place, 'unknown-value', `unknown status: ${quoted(value.trim())}`);
  return undefined;
}

function languageOf(
  item: { code?: string | null | undefined; name?: string | null | undefined },
  place: Place,
  problems: Problems,
): DirectoryLanguage | undefined {
  const code = item.code?.trim();
  if (code) return codeOf(code, directoryLanguages, 'language', place, problems);
  const byName = directoryLanguages.find(
    (candidate) => languageNames[candidate].toLowerCase() === item.name?.trim().toLowerCase(),
  );
  if (!byName) problems.add(place, 'unknown-value', 'a language needs one of our codes');
  return byName;
}

function readService(base: string, raw: unknown, problems: Problems): ImportedService | undefined {
  const parsed = serviceIn.safeParse(raw);
  if (!parsed.success) {
    structure(base, parsed.error, problems);
    return undefined;
  }
  const service = parsed.data;
  const at = (field: string): Place => ({ path: `${base}.${field}` });
  const serviceName = name(service.name, at('name'), problems);
  const fields: ServicePatch = {};
  const textField = (
    value: string | null | undefined,
    field: 'description' | 'eligibility' | 'cost',
    place: Place,
  ) => {
    if (value === undefined) return;
    const result = text(value ?? '', field, place, problems);
    if (result !== undefined) fields[field] = result;
  };
  textField(service.description, 'description', at('description'));
  textField(service.eligibility_description, 'eligibility', at('eligibility_description'));
  textField(service.fees_description, 'cost', at('fees_description'));
  if (service.status != null) {
    const status = statusOf(service.status, at('status'), problems);
    if (status) fields.status = status;
  }
  if (service.schedules !== undefined) {
    const words = (service.schedules ?? [])
      .map((schedule) => schedule.description?.trim() ?? '')
      .filter((description) => description.length > 0)
      .join('\n');
    const schedule = text(words, 'schedule', at('schedules'), problems);
    if (schedule !== undefined) fields.schedule = schedule;
  }
  if (service.service_areas !== undefined) {
    const areas = service.service_areas ?? [];
    const ours = areas.flatMap((area, index) =>
      area.uri?.startsWith(districtUriPrefix)
        ? [{ code: area.uri.slice(districtUriPrefix.length), index }]
        : [],
    );
    for (const { code, index } of ours) {
      if (!/^[A-Z]{2,4}$/.test(code)) {
        problems.add(
          at(`service_areas[${index}].uri`),
          'unknown-value',
          `unknown district: ${quoted(code)}`,
        );
      }
    }
    // Areas of another scheme only: the file says nothing about our districts.
    if (areas.length === 0 || ours.length > 0) {
      fields.districtCodes = unique(
        ours.map(({ code }) => code).filter((c) => /^[A-Z]{2,4}$/.test(c)),
      );
    }
  }
  if (service.languages !== undefined) {
    const languages = (service.languages ?? []).map((item, index) =>
      languageOf(item, at(`languages[${index}].code`), problems),
    );
    fields.languages = unique(languages.filter((code) => code !== undefined));
  }
  if (service.capacities !== undefined) {
    const first = service.capacities?.[0];
    const places = first ? (first.maximum ?? first.available ?? null) : null;
    const result = capacity(places, at('capacities[0].maximum'), problems);
    if (result !== undefined) fields.capacity = result;
  }
  const { terms, speaks } = ourTerms(base, service.attributes);
  if (speaks) {
    fields.categories = codesOf(terms.get('categories'), serviceCategories, 'category', problems);
    fields.targetGroups = codesOf(
      terms.get('targetGroups'),
      targetGroups,
      'target group',
      problems,
    );
    fields.accessRoutes = codesOf(
      terms.get('accessRoutes'),
      accessRoutes,
      'access route',
      problems,
    );
  }
  if (serviceName === undefined) return undefined;
  return {
    name: serviceName,
    key: nameKey(serviceName),
    at: { name: at('name'), districts: at('service_areas') },
    fields,
  };
}

function readOrganisation(
  base: string,
  raw: unknown,
  problems: Problems,
): ImportedOrganisation | undefined {
  const parsed = organizationIn.safeParse(raw);
  if (!parsed.success) {
    structure(base, parsed.error, problems);
    return undefined;
  }
  const organisation = parsed.data;
  const at = (field: string): Place => ({ path: `${base}.${field}` });
  const organisationName = name(organisation.name, at('name'), problems);
  const profile: ProfilePatch = {};
  if (organisation.description !== undefined) {
    const description = text(
      organisation.description ?? '',
      'description',
      at('description'),
      problems,
    );
    if (description !== undefined) profile.description = description;
  }
  if (organisation.email !== undefined) {
    const result = email(organisation.email ?? '', at('email'), problems);
    if (result !== undefined) profile.email = result;
  }
  if (organisation.website !== undefined) {
    const result = website(organisation.website ?? '', at('website'), problems);
    if (result !== undefined) profile.website = result;
  }
  if (organisation.phones !== undefined) {
    const phone = text(
      organisation.phones?.[0]?.number ?? '',
      'phone',
      at('phones[0].number'),
      problems,
    );
    if (phone !== undefined) profile.phone = phone;
  }

  const { terms, speaks } = ourTerms(base, organisation.attributes);
  const kinds = codesOf(terms.get('kinds'), organisationKinds, 'kind', problems);
  if (kinds.length > 1) {
    problems.add(
      terms.get('kinds')?.[1]?.place ?? at('attributes'),
      'conflict',
      'more than one kind',
    );
  }
  const statuses = codesOf(terms.get('status'), directoryStatuses, 'status', problems);
  if (statuses.length > 1) {
    problems.add(
      terms.get('status')?.[1]?.place ?? at('attributes'),
      'conflict',
      'more than one status',
    );
  }
  if (statuses[0]) profile.status = statuses[0];
  if (speaks) {
    profile.languages = codesOf(terms.get('languages'), directoryLanguages, 'language', problems);
  }
  for (const { code, value, place } of terms.get('profile') ?? []) {
    if (code === 'what-we-do' || code === 'what-we-do-not') {
      const field = code === 'what-we-do' ? 'whatWeDo' : 'whatWeDoNot';
      const result = text(
        value,
        field,
        { path: place.path.replace(/taxonomy_term\.code$/, 'value') },
        problems,
      );
      if (result !== undefined) profile[field] = result;
    } else {
      problems.add(place, 'unknown-value', `unknown profile term: ${quoted(code)}`);
    }
  }
  const districtCodes: string[] = [];
  for (const { code, place } of terms.get('districts') ?? []) {
    const upper = code.toUpperCase();
    if (/^[A-Z]{2,4}$/.test(upper)) districtCodes.push(upper);
    else problems.add(place, 'unknown-value', `unknown district: ${quoted(code)}`);
  }

  const services: ImportedService[] = [];
  (organisation.services ?? []).forEach((raw, index) => {
    const service = readService(`${base}.services[${index}]`, raw, problems);
    if (!service) return;
    const twice = services.find((other) => other.key === service.key);
    if (twice) {
      problems.add(
        service.at.name,
        'duplicate',
        `the organisation has this service at ${twice.at.name.path} already`,
      );
      return;
    }
    services.push(service);
  });

  if (organisationName === undefined) return undefined;
  return {
    name: organisationName,
    key: nameKey(organisationName),
    at: { name: at('name'), kind: at('attributes'), districts: at('attributes') },
    kind: kinds[0],
    districtCodes: districtCodes.length > 0 ? unique(districtCodes) : undefined,
    profile,
    services,
  };
}

/** Where in the text a JSON syntax error is, as a line, when the engine says so. */
function lineOfJsonError(content: string, error: unknown): number | undefined {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return undefined;
  return content.slice(0, Number(position)).split('\n').length;
}

/**
 * Reads HSDS JSON: an array of organizations (or an HSDS API page: `{ "contents": [...] }`),
 * with every problem and its path, such as `[3].services[1].name`.
 */
export function readHsds(content: string): ReadFile {
  const problems = new Problems();
  let document: unknown;
  try {
    document = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const line = lineOfJsonError(content, error);
    problems.add(
      { ...(line === undefined ? {} : { line }), path: '' },
      'unreadable',
      'the file is not valid JSON',
    );
    return { organisations: [], problems: problems.list };
  }
  const page = z.looseObject({ contents: z.array(z.unknown()) }).safeParse(document);
  const list = Array.isArray(document) ? document : page.success ? page.data.contents : undefined;
  const prefix = Array.isArray(document) ? '' : 'contents';
  if (!list) {
    problems.add({ path: '' }, 'unreadable', 'expected a JSON array of HSDS organizations');
    return { organisations: [], problems: problems.list };
  }

  const organisations: ImportedOrganisation[] = [];
  list.forEach((raw, index) => {
    const organisation = readOrganisation(`${prefix}[${index}]`, raw, problems);
    if (!organisation) return;
    const twice = organisations.find((other) => other.key === organisation.key);
    if (twice) {
      problems.add(
        organisation.at.name,
        'duplicate',
        `the file has this organisation at ${twice.at.name.path} already`,
      );
      return;
    }
    organisations.push(organisation);
  });
  return { organisations, problems: problems.list };
}
