import { z } from 'zod';

export const maxPageSize = 100;

/** `page` and `pageSize` query parameters, the same on every list. */
export const pagingQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageSize)
    .default(50)
    .meta({ description: `At most ${maxPageSize}.` }),
});

/** A page of a list: its items and where it stands. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
