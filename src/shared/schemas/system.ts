import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;

export const instanceSchema = z.object({
  /** True when this instance holds the fictional demo data. */
  demo: z.boolean(),
  version: z.string(),
});
export type Instance = z.infer<typeof instanceSchema>;
