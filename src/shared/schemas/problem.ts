import { z } from 'zod';

/** RFC 9457 problem details, as every error of the API is shaped. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          location: z.enum(['body', 'query', 'params', 'headers']),
          path: z.string(),
          message: z.string(),
          /** A stable reason a client can translate, where there is one (e.g. `too-short`). */
          code: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = NonNullable<Problem['errors']>[number];
