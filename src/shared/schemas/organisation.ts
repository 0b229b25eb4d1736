import { z } from 'zod';
import { districtSchema } from './district.js';
import { pageOf, pagingQuerySchema } from './paging.js';

export const organisationKinds = ['informal', 'formal'] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: organisationKindSchema,
    districts: z.array(districtSchema.pick({ id: true, code: true, name: true })),
  })
  .meta({ id: 'Organisation', description: 'A partner organisation, informal or formal.' });

export type Organisation = z.infer<typeof organisationSchema>;

export const organisationQuerySchema = z.object({
  district: z
    .string()
    .regex(/^[A-Z]{2,4}$/, 'must be a district code such as NW')
    .optional()
    .meta({ description: 'Only organisations serving this district (its code).' }),
  kind: organisationKindSchema.optional(),
  ...pagingQuerySchema.shape,
});
export type OrganisationQuery = z.infer<typeof organisationQuerySchema>;

export const organisationPageSchema = pageOf(organisationSchema);
export type OrganisationPage = z.infer<typeof organisationPageSchema>;

export const organisationWriteSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: organisationKindSchema,
  districtCodes: z
    .array(z.string().regex(/^[A-Z]{2,4}$/, 'must be a district code such as NW'))
    .min(1)
    .max(50),
});
export type OrganisationWrite = z.infer<typeof organisationWriteSchema>;
