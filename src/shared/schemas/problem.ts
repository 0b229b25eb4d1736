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
          /**
           * For a file sent in the body (the directory import): the line in the file (CSV: the
           * header is line 1); `path` then names the column.
           */
          line: z.number().int().optional(),
          message: z.string(),
          /** A stable reason a client can translate, where there is one (e.g. `too-short`). */
          code: z.string().optional(),
          /**
           * Where the field seems to hold personal data (code `personal-data`): offsets into
           * the text that was sent, and what it looks like — never the text itself.
           */
          findings: z
            .array(
              z.object({ start: z.number().int(), end: z.number().int(), category: z.string() }),
            )
            .optional(),
        }),
      )
      .optional(),
    /**
     * A save that started from an older version than the record's (409): the version it is at
     * now, and the saves since the one the client started from — when, and which fields each
     * changed (names, never their text).
     */
    currentVersion: z.number().int().optional(),
    changedSince: z
      .array(
        z.object({
          version: z.number().int(),
          at: z.string(),
          fields: z.array(z.string()),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;
export type FieldError = NonNullable<Problem['errors']>[number];
export type ChangeSince = NonNullable<Problem['changedSince']>[number];
