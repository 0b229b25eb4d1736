import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FormError } from '../../../lib/formErrors.js';

/** What a form says about one of the API's fields: where it sits, and what to say when wrong. */
export interface FieldWords {
  /** The id of the form's field (of a group: its first box). */
  field: string;
  /** When it is empty but must not be. */
  missing?: string;
  /** When it is not what the API takes (a web address that is none). */
  invalid?: string;
}

function messageFor(t: TFunction, issue: z.core.$ZodIssue, words: FieldWords): string {
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return t('directoryEdit.tooLong', { max: Number(issue.maximum) });
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && words.missing) {
    return words.missing;
  }
  return words.invalid ?? words.missing ?? t('admin.error.invalid');
}

/**
 * Checks a form's values with the API's own schema (src/shared/schemas): the same rules in the
 * browser as on the server. Each complaint goes beside its field, once per field.
 */
export function checkWith<S extends z.ZodType>(
  t: TFunction,
  schema: S,
  value: unknown,
  fields: Record<string, FieldWords>,
): { data?: z.output<S>; errors: FormError[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, errors: [] };
  const errors: FormError[] = [];
  for (const issue of result.error.issues) {
    const words = fields[String(issue.path[0] ?? '')];
    const error: FormError = words
      ? { field: words.field, message: messageFor(t, issue, words) }
      : { message: t('admin.error.invalid') };
    if (!errors.some((known) => known.field === error.field && known.message === error.message)) {
      errors.push(error);
    }
  }
  return { errors };
}

/** The same words for the server's complaints (400, 422), as `useAdminMutation` takes them. */
export const serverFields = (fields: Record<string, FieldWords>): Record<string, FormError> =>
  Object.fromEntries(
    Object.entries(fields).map(([key, words]) => [
      key,
      { field: words.field, message: words.invalid ?? words.missing ?? '' },
    ]),
  );
