import { z } from 'zod';
import { directoryStatusSchema } from './directory.js';

/**
 * Import and export of the partner directory: CSV (one row per service) and HSDS JSON (Open
 * Referral HSDS 3.0 organizations with nested services; `capacities` from HSDS 3.1).
 *
 * Exports never hold warm-line contacts (named people, who agreed to be shown to signed-in
 * professionals, not to be copied into files) nor confidential locations.
 */
export const exchangeFormats = ['csv', 'hsds'] as const;
export const exchangeFormatSchema = z.enum(exchangeFormats);
export type ExchangeFormat = z.infer<typeof exchangeFormatSchema>;

const districtCodeSchema = z.string().regex(/^[A-Z]{2,4}$/, 'must be a district code such as NW');

export const directoryExportQuerySchema = z.object({
  format: exchangeFormatSchema.meta({
    description: '`csv` (UTF-8 with BOM, `,`-separated) or `hsds` (HSDS 3.0 JSON).',
  }),
  district: districtCodeSchema
    .optional()
    .meta({ description: 'Only organisations serving this district (its code).' }),
});
export type DirectoryExportQuery = z.infer<typeof directoryExportQuerySchema>;

/**
 * The columns of the CSV, in order. One row per service, the organisation's columns repeated
 * on each; an organisation without services has one row with empty service columns.
 * Multi-valued cells hold `;`-separated codes.
 */
export const directoryCsvColumns = [
  'organisation_name',
  'organisation_kind',
  'organisation_districts',
  'organisation_description',
  'website',
  'email',
  'phone',
  'what_we_do',
  'what_we_do_not',
  'organisation_languages',
  'organisation_status',
  'last_verified_at',
  'service_name',
  'service_description',
  'categories',
  'target_groups',
  'access_routes',
  'service_languages',
  'eligibility',
  'cost',
  'schedule',
  'service_status',
  'capacity',
  'service_districts',
] as const;
export type DirectoryCsvColumn = (typeof directoryCsvColumns)[number];

/** The largest file an import takes: 5 MiB of text. */
export const maxImportCharacters = 5 * 1024 * 1024;

export const directoryImportSchema = z.object({
  format: exchangeFormatSchema,
  content: z
    .string()
    .min(1)
    .max(maxImportCharacters)
    .meta({
      description:
        'The whole file as text. CSV: the header names the columns (any order; ' +
        '`organisation_name` is required, a missing column leaves that field as it is); ' +
        'separated by `,` or `;` (read from the header), a UTF-8 BOM is allowed. HSDS: a JSON ' +
        'array of HSDS 3.0 organization objects with nested services. At most 5 MiB.',
    }),
  dryRun: z
    .boolean()
    .default(false)
    .meta({ description: 'Validate and count, but write nothing.' }),
});
export type DirectoryImport = z.infer<typeof directoryImportSchema>;

const importCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z
    .number()
    .int()
    .meta({ description: 'In the file and in the directory already, with nothing to change.' }),
});

export const directoryImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    organisations: importCountsSchema,
    services: importCountsSchema,
  })
  .meta({
    id: 'DirectoryImportResult',
    description: 'What the import wrote (or, in a dry run, would write).',
  });
export type DirectoryImportResult = z.infer<typeof directoryImportResultSchema>;

/**
 * Why a line or element of an import was refused (`code` of each error in the 422 answer), so
 * that a client can say it in its own words. Messages name codes, never other cell contents.
 */
export const directoryImportErrorCodes = [
  /** The file cannot be read as CSV or JSON at all. */
  'unreadable',
  /** A column is unknown or appears twice, or a row has more or fewer cells than the header. */
  'columns',
  'required',
  /** A code that is not one of ours (category, target group, district, language, …). */
  'unknown-value',
  'invalid',
  'too-long',
  /** The organisation or service appears twice in the file. */
  'duplicate',
  /** An organisation's columns differ between its rows. */
  'conflict',
  /** More than one organisation (or service) in the directory has this name. */
  'ambiguous',
  /** The organisation, or a district it would get or lose, is not within the importer's reach. */
  'out-of-reach',
] as const;
export type DirectoryImportErrorCode = (typeof directoryImportErrorCodes)[number];

// HSDS 3.0, as Schakel writes it. Only the fields we fill; ids are UUIDs (stable between
// exports). What HSDS has no field for is an attribute with a taxonomy term of ours.

const hsdsTaxonomyTermSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  taxonomy_id: z.string().meta({
    description:
      'Our taxonomies: `schakel-categories`, `schakel-target-groups`, `schakel-access-routes` ' +
      '(services); `schakel-organisation-kinds`, `schakel-districts`, `schakel-languages`, ' +
      '`schakel-organisation-status`, `schakel-profile` (organizations). Names in English.',
  }),
});

/** Nested in its organization or service, so without the ids only the tabular form needs. */
const hsdsAttributeSchema = z.object({
  id: z.uuid(),
  taxonomy_term: hsdsTaxonomyTermSchema,
  value: z
    .string()
    .optional()
    .meta({ description: 'The text of `schakel-profile` terms (what we do, what we do not).' }),
});

const hsdsLanguageSchema = z.object({
  id: z.uuid(),
  service_id: z.uuid(),
  name: z.string(),
  code: z.string(),
});

const hsdsScheduleSchema = z.object({
  id: z.uuid(),
  service_id: z.uuid().optional(),
  location_id: z.uuid().optional(),
  description: z.string(),
});

export const hsdsServiceSchema = z.object({
  id: z.uuid(),
  organization_id: z.uuid(),
  name: z.string(),
  description: z.string(),
  status: directoryStatusSchema,
  eligibility_description: z.string(),
  fees_description: z.string(),
  schedules: z.array(hsdsScheduleSchema),
  service_areas: z.array(
    z.object({
      id: z.uuid(),
      service_id: z.uuid(),
      name: z.string(),
      uri: z.string().meta({ description: '`urn:schakel:district:` and the district code.' }),
    }),
  ),
  languages: z.array(hsdsLanguageSchema),
  capacities: z
    .array(
      z.object({
        id: z.uuid(),
        service_id: z.uuid(),
        unit: z.object({ id: z.uuid(), name: z.string() }),
        maximum: z.number().int(),
        description: z.string(),
        updated: z.string(),
      }),
    )
    .meta({
      description:
        'HSDS 3.1 `service_capacity`: the number of places. `available` is left out on ' +
        'purpose: Schakel does not know how many places are free right now.',
    }),
  attributes: z.array(hsdsAttributeSchema),
});

export const hsdsOrganizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    email: z.string().optional(),
    website: z.string().optional(),
    phones: z.array(z.object({ id: z.uuid(), organization_id: z.uuid(), number: z.string() })),
    locations: z
      .array(
        z.object({
          id: z.uuid(),
          location_type: z.literal('physical'),
          organization_id: z.uuid(),
          name: z.string(),
          addresses: z.array(
            z.object({
              id: z.uuid(),
              location_id: z.uuid(),
              address_1: z.string(),
              city: z.string(),
              state_province: z.string(),
              postal_code: z.string(),
              country: z.string(),
              address_type: z.literal('physical'),
            }),
          ),
          schedules: z.array(hsdsScheduleSchema),
        }),
      )
      .meta({ description: 'Public locations only; never a confidential one.' }),
    attributes: z.array(hsdsAttributeSchema),
    services: z.array(hsdsServiceSchema),
  })
  .meta({
    id: 'HsdsOrganization',
    description:
      'An HSDS 3.0 organization with its services and public locations. Warm-line contacts ' +
      'are never exported.',
  });
export type HsdsOrganization = z.infer<typeof hsdsOrganizationSchema>;
export type HsdsService = z.infer<typeof hsdsServiceSchema>;

export const hsdsExportSchema = z.array(hsdsOrganizationSchema);
