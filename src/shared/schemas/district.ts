import { z } from 'zod';

export const districtSchema = z
  .object({
    id: z.uuid(),
    code: z.string().meta({ description: 'Short code used in case codes, e.g. NW.' }),
    name: z.string(),
  })
  .meta({ id: 'District', description: 'A city district (stadsdeel).' });

export type District = z.infer<typeof districtSchema>;

export const districtListSchema = z.object({ items: z.array(districtSchema) });
export type DistrictList = z.infer<typeof districtListSchema>;

export const districtCreateSchema = z.object({
  code: z.string().regex(/^[A-Z]{2,4}$/, 'two to four capital letters, such as NW'),
  name: z.string().trim().min(1).max(100),
});

export const districtUpdateSchema = z.object({ name: z.string().trim().min(1).max(100) });
