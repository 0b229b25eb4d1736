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
