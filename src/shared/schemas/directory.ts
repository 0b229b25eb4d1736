import { z } from 'zod';
import { districtSchema } from './district.js';
import { organisationKindSchema } from './organisation.js';
import { pageOf, pagingQuerySchema } from './paging.js';

/** What a service offers (issue #6's list). */
export const serviceCategories = [
  'support-group',
  'shelter',
  'time-out-place',
  'debt-help',
  'legal-aid',
  'treatment',
  'training',
  'awareness-dialogue',
  'walk-in',
  'perpetrator-help',
  'child-support',
] as const;
export const serviceCategorySchema = z.enum(serviceCategories);
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

/** For whom a service is. */
export const targetGroups = [
  'women',
  'men-fathers',
  'children-youth',
  'parents',
  'elderly',
  'lgbtqi',
  'specific-communities',
  'perpetrators',
  'professionals',
] as const;
export const targetGroupSchema = z.enum(targetGroups);
export type TargetGroup = z.infer<typeof targetGroupSchema>;

/** How to get to a service. */
export const accessRoutes = ['walk-in', 'referral', 'phone'] as const;
export const accessRouteSchema = z.enum(accessRoutes);
export type AccessRoute = z.infer<typeof accessRouteSchema>;

/** Languages spoken, as ISO 639-1 codes (Tamazight and Papiamento by their 639-2/3 codes). */
export const directoryLanguages = [
  'nl',
  'en',
  'ar',
  'tr',
  'ber',
  'pap',
  'srn',
  'fr',
  'es',
  'pl',
  'uk',
  'so',
  'ti',
  'fa',
  'ur',
  'hi',
  'zh',
  'tw',
  'pt',
  'de',
] as const;
export const directoryLanguageSchema = z.enum(directoryLanguages);
export type DirectoryLanguage = z.infer<typeof directoryLanguageSchema>;

export const directoryStatuses = ['active', 'inactive'] as const;
export const directoryStatusSchema = z.enum(directoryStatuses);
export type DirectoryStatus = z.infer<typeof directoryStatusSchema>;

/** Dutch and English words for each value: what the search finds them by. */
export const directoryValueLabels: Record<string, { nl: string; en: string }> = {
  'support-group': { nl: 'steungroep lotgenotengroep', en: 'support group' },
  shelter: { nl: 'opvang blijf-van-mijn-lijfhuis', en: 'shelter' },
  'time-out-place': { nl: 'time-out plek', en: 'time-out place' },
  'debt-help': { nl: 'schuldhulp schulden', en: 'debt help' },
  'legal-aid': { nl: 'juridische hulp advocaat', en: 'legal aid' },
  treatment: { nl: 'behandeling therapie', en: 'treatment therapy' },
  training: { nl: 'training cursus', en: 'training course' },
  'awareness-dialogue': { nl: 'bewustwording dialoog voorlichting', en: 'awareness dialogue' },
  'walk-in': { nl: 'inloop spreekuur', en: 'walk-in' },
  'perpetrator-help': { nl: 'plegerhulp daderhulp', en: 'perpetrator help' },
  'child-support': { nl: 'kinderondersteuning', en: 'child support' },
  women: { nl: 'vrouwen', en: 'women' },
  'men-fathers': { nl: 'mannen vaders', en: 'men fathers' },
  'children-youth': { nl: 'kinderen jongeren jeugd', en: 'children youth' },
  parents: { nl: 'ouders', en: 'parents' },
  elderly: { nl: 'ouderen', en: 'elderly' },
  lgbtqi: { nl: 'lhbtiq', en: 'lgbtqi' },
  'specific-communities': { nl: 'gemeenschappen', en: 'communities' },
  perpetrators: { nl: 'plegers daders', en: 'perpetrators' },
  professionals: { nl: 'professionals', en: 'professionals' },
};

const text = (max: number) => z.string().trim().max(max);
const optionalUrl = z.union([z.url({ protocol: /^https?$/ }).max(500), z.literal('')]);
const optionalEmail = z.union([z.email().max(254), z.literal('')]);

/** An organisation's own words in the directory. */
export const directoryProfileWriteSchema = z.object({
  description: text(4000).default(''),
  website: optionalUrl.default(''),
  email: optionalEmail.default(''),
  phone: text(40).default(''),
  whatWeDo: text(4000).default('').meta({ description: 'Our role: what we do.' }),
  whatWeDoNot: text(4000).default('').meta({ description: 'What is not our role.' }),
  languages: z.array(directoryLanguageSchema).max(directoryLanguages.length).default([]),
  status: directoryStatusSchema.default('active'),
});
export type DirectoryProfileWrite = z.infer<typeof directoryProfileWriteSchema>;

/**
 * How long an organisation's confirmation of its entry holds. After that its editors get a
 * reminder and the entry shows as "to be checked".
 */
export const verificationPeriodMonths = 6;

const toBeCheckedField = z.boolean().meta({
  description:
    `Not confirmed in the last ${verificationPeriodMonths} months (counted from the ` +
    "organisation's creation when it never confirmed its entry).",
});

export const directoryProfileSchema = directoryProfileWriteSchema.required().extend({
  lastVerifiedAt: z.string().nullable(),
  toBeChecked: toBeCheckedField,
  updatedAt: z.string().nullable(),
});
export type DirectoryProfile = z.infer<typeof directoryProfileSchema>;

const districtCodeSchema = z.string().regex(/^[A-Z]{2,4}$/, 'must be a district code such as NW');

/** A service of an organisation (HSDS `service`). */
export const directoryServiceWriteSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: text(4000).default(''),
  categories: z.array(serviceCategorySchema).max(serviceCategories.length).default([]),
  targetGroups: z.array(targetGroupSchema).max(targetGroups.length).default([]),
  accessRoutes: z.array(accessRouteSchema).max(accessRoutes.length).default([]),
  eligibility: text(2000).default(''),
  cost: text(200).default(''),
  languages: z.array(directoryLanguageSchema).max(directoryLanguages.length).default([]),
  schedule: text(1000).default('').meta({ description: 'Opening hours, in words.' }),
  status: directoryStatusSchema.default('active'),
  capacity: z.number().int().min(0).max(100_000).nullable().default(null),
  districtCodes: z.array(districtCodeSchema).max(50).default([]),
});
export type DirectoryServiceWrite = z.infer<typeof directoryServiceWriteSchema>;

export const directoryServiceSchema = directoryServiceWriteSchema
  .omit({ districtCodes: true })
  .required()
  .extend({
    id: z.uuid(),
    organisationId: z.uuid(),
    districts: z.array(districtSchema.pick({ id: true, code: true, name: true })),
  })
  .meta({ id: 'DirectoryService', description: 'A service of a partner organisation.' });
export type DirectoryService = z.infer<typeof directoryServiceSchema>;

/** A location of an organisation (HSDS `location`). */
export const directoryLocationWriteSchema = z.object({
  name: z.string().trim().min(1).max(200),
  streetAddress: z.string().trim().min(1).max(200),
  postcode: z.string().trim().min(1).max(20),
  city: z.string().trim().min(1).max(100),
  openingHours: text(1000).default('').meta({ description: 'Opening hours, in words.' }),
  confidential: z
    .boolean()
    .default(false)
    .meta({
      description:
        "A confidential address (a shelter): shown to the organisation's own people only, " +
        'never to administrators, coordinators or anyone else, and never in a search.',
    }),
});
export type DirectoryLocationWrite = z.infer<typeof directoryLocationWriteSchema>;

export const directoryLocationSchema = directoryLocationWriteSchema
  .required()
  .extend({ id: z.uuid(), organisationId: z.uuid() })
  .meta({ id: 'DirectoryLocation', description: 'A location of a partner organisation.' });
export type DirectoryLocation = z.infer<typeof directoryLocationSchema>;

/**
 * A warm-line contact: a named professional who agreed to be listed. Shown to signed-in
 * professionals only; a future public page must leave contacts out.
 */
export const directoryContactWriteSchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().min(1).max(200).meta({ description: 'Their role or function.' }),
  phone: text(40).default(''),
  email: optionalEmail.default(''),
  optedIn: z.literal(true).meta({
    description: 'The person agreed to be listed; required, and recorded as `optedInAt`.',
  }),
});
export type DirectoryContactWrite = z.infer<typeof directoryContactWriteSchema>;

export const directoryContactSchema = directoryContactWriteSchema
  .omit({ optedIn: true })
  .required()
  .extend({ id: z.uuid(), organisationId: z.uuid(), optedInAt: z.string() })
  .meta({ id: 'DirectoryContact', description: 'A warm-line contact of a partner organisation.' });
export type DirectoryContact = z.infer<typeof directoryContactSchema>;

/** One change of an entry, from the audit trail. */
export const directoryHistoryItemSchema = z.object({
  at: z.string(),
  user: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  organisation: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  action: z.string().meta({ description: 'What changed, e.g. `directory.location.update`.' }),
});
export const directoryHistoryPageSchema = pageOf(directoryHistoryItemSchema);
export type DirectoryHistoryPage = z.infer<typeof directoryHistoryPageSchema>;
export const directoryHistoryQuerySchema = z.object({ ...pagingQuerySchema.shape });
export type DirectoryHistoryQuery = z.infer<typeof directoryHistoryQuerySchema>;

export const directoryEntrySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: organisationKindSchema,
    districts: z.array(districtSchema.pick({ id: true, code: true, name: true })),
    profile: directoryProfileSchema,
    services: z.array(directoryServiceSchema),
    locations: z.array(directoryLocationSchema).meta({
      description: "Public locations; confidential ones only for the organisation's own people.",
    }),
    contacts: z.array(directoryContactSchema),
  })
  .meta({ id: 'DirectoryEntry', description: "An organisation's entry in the directory." });
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directorySearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  district: districtCodeSchema.optional(),
  kind: organisationKindSchema.optional(),
  category: serviceCategorySchema.optional(),
  targetGroup: targetGroupSchema.optional(),
  language: directoryLanguageSchema.optional(),
  access: accessRouteSchema.optional(),
  ...pagingQuerySchema.shape,
});
export type DirectorySearchQuery = z.infer<typeof directorySearchQuerySchema>;

export const directoryHitSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organisationKindSchema,
  description: z.string(),
  whatWeDo: z.string(),
  lastVerifiedAt: z.string().nullable(),
  toBeChecked: toBeCheckedField,
  status: directoryStatusSchema.meta({
    description: 'An inactive organisation is still found (partners ask after it), marked so.',
  }),
});
export type DirectoryHit = z.infer<typeof directoryHitSchema>;

export const directorySearchPageSchema = pageOf(directoryHitSchema).extend({
  match: z.enum(['all', 'full-text', 'similar-name']).meta({
    description:
      '`all` without a query; `full-text` when the words were found; `similar-name` when ' +
      'nothing was, and these are organisations whose name is a small typo away.',
  }),
});
export type DirectorySearchPage = z.infer<typeof directorySearchPageSchema>;

/** One organisation in a district's who-is-who overview: its role, how to reach it, its offer. */
export const directoryWhoIsWhoItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: organisationKindSchema,
  whatWeDo: z.string(),
  whatWeDoNot: z.string(),
  website: z.string(),
  email: z.string(),
  phone: z.string(),
  languages: z.array(directoryLanguageSchema),
  services: z.array(directoryServiceSchema).meta({
    description:
      'Its active services in the district: those that name it, and those that name no ' +
      'district at all (they go wherever the organisation goes).',
  }),
  locations: z.array(directoryLocationSchema).meta({
    description: 'Public locations only: a confidential address never appears here.',
  }),
  contacts: z.array(directoryContactSchema),
});
export type DirectoryWhoIsWhoItem = z.infer<typeof directoryWhoIsWhoItemSchema>;

export const directoryWhoIsWhoSchema = z
  .object({
    district: districtSchema.pick({ id: true, code: true, name: true }),
    organisations: z.array(directoryWhoIsWhoItemSchema).meta({
      description:
        'The active organisations serving the district (one of their own districts): informal ' +
        'first, then by name.',
    }),
  })
  .meta({
    id: 'DirectoryWhoIsWho',
    description: "A district's who-is-who: every active partner, its role and how to reach it.",
  });
export type DirectoryWhoIsWho = z.infer<typeof directoryWhoIsWhoSchema>;

export const directoryWhoIsWhoParamsSchema = z.object({ districtCode: districtCodeSchema });

/**
 * What the history of an entry lists: every change to it. All are recorded on the resource
 * `organisation` with the organisation's id, so one query finds them (reads are not changes).
 */
export const directoryChangeActions = [
  'directory.profile.update',
  'directory.verify',
  'directory.service.create',
  'directory.service.update',
  'directory.service.delete',
  'directory.location.create',
  'directory.location.update',
  'directory.location.delete',
  'directory.contact.create',
  'directory.contact.update',
  'directory.contact.delete',
  // Not a change, but part of the entry's story: when its editors were asked to confirm it.
  'directory.reminder',
  // A CSV or HSDS import that created or changed the entry (one entry per organisation).
  'directory.import',
] as const;

/** Reads of an entry that are audited: they show named professionals or who changed what. */
export const directoryReadActions = [
  'directory.entry.read',
  'directory.history.read',
  'directory.who-is-who.read',
] as const;
