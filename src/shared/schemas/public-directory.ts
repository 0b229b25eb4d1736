import { z } from 'zod';
import {
  directoryLocationSchema,
  directoryProfileSchema,
  directorySearchQuerySchema,
  directoryServiceSchema,
} from './directory.js';
import { districtSchema } from './district.js';
import { organisationKindSchema } from './organisation.js';
import { pageOf } from './paging.js';

/**
 * The public page of the partner directory, for residents (optional per deployment). Every
 * schema here names its fields one by one (`pick`, never `omit` or `extend` of the signed-in
 * schemas): a field added to the signed-in directory later does not become public by itself.
 * Never here: warm-line contacts, confidential locations, a service's capacity or status,
 * verification dates, "to be checked", or anything about who edited an entry.
 */

export const publicDirectorySearchQuerySchema = directorySearchQuerySchema.pick({
  q: true,
  district: true,
  category: true,
  targetGroup: true,
  language: true,
  access: true,
  page: true,
  pageSize: true,
});
export type PublicDirectorySearchQuery = z.infer<typeof publicDirectorySearchQuerySchema>;

export const publicDirectoryHitSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: organisationKindSchema,
    description: z.string(),
    whatWeDo: z.string(),
  })
  .meta({ id: 'PublicDirectoryHit', description: 'An organisation found on the public page.' });
export type PublicDirectoryHit = z.infer<typeof publicDirectoryHitSchema>;

export const publicDirectorySearchPageSchema = pageOf(publicDirectoryHitSchema).extend({
  match: z.enum(['all', 'full-text', 'similar-name']).meta({
    description:
      '`all` without a query; `full-text` when the words were found; `similar-name` when ' +
      'nothing was, and these are organisations whose name is a small typo away.',
  }),
});
export type PublicDirectorySearchPage = z.infer<typeof publicDirectorySearchPageSchema>;

const publicDistrictSchema = districtSchema.pick({ id: true, code: true, name: true });

export const publicDirectoryServiceSchema = directoryServiceSchema
  .pick({
    id: true,
    name: true,
    description: true,
    categories: true,
    targetGroups: true,
    accessRoutes: true,
    eligibility: true,
    cost: true,
    languages: true,
    schedule: true,
  })
  .extend({ districts: z.array(publicDistrictSchema) })
  .meta({ id: 'PublicDirectoryService', description: 'An active service, as residents see it.' });
export type PublicDirectoryService = z.infer<typeof publicDirectoryServiceSchema>;

export const publicDirectoryLocationSchema = directoryLocationSchema
  .pick({
    id: true,
    name: true,
    streetAddress: true,
    postcode: true,
    city: true,
    openingHours: true,
  })
  .meta({ id: 'PublicDirectoryLocation', description: 'A public location (never a shelter).' });
export type PublicDirectoryLocation = z.infer<typeof publicDirectoryLocationSchema>;

export const publicDirectoryProfileSchema = directoryProfileSchema.pick({
  description: true,
  website: true,
  email: true,
  phone: true,
  whatWeDo: true,
  whatWeDoNot: true,
  languages: true,
});
export type PublicDirectoryProfile = z.infer<typeof publicDirectoryProfileSchema>;

export const publicDirectoryEntrySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: organisationKindSchema,
    districts: z.array(publicDistrictSchema),
    profile: publicDirectoryProfileSchema.meta({
      description:
        "The organisation's general e-mail and phone, and its role: what it does and does not do.",
    }),
    services: z.array(publicDirectoryServiceSchema).meta({ description: 'Active services only.' }),
    locations: z.array(publicDirectoryLocationSchema).meta({
      description: 'Public locations only: a confidential address never appears here.',
    }),
  })
  .meta({
    id: 'PublicDirectoryEntry',
    description: "An organisation's public entry: no contacts, no confidential addresses.",
  });
export type PublicDirectoryEntry = z.infer<typeof publicDirectoryEntrySchema>;
