import { z } from 'zod';
import { districtSchema } from './district.js';

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

export const maxPageSize = 100;

export const organisationQuerySchema = z.object({
  district: z
    .string()
    .regex(/^[A-Z]{2,4}$/, 'must be a district code such as NW')
    .optional()
    .meta({ description: 'Only organisations serving this district (its code).' }),
  kind: organisationKindSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(50)
    .meta({ description: `At most ${maxPageSize}.` }),
});
export type OrganisationQuery = z.infer<typeof organisationQuerySchema>;

export const organisationPageSchema = z.object({
  items: z.array(organisationSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type OrganisationPage = z.infer<typeof organisationPageSchema>;
