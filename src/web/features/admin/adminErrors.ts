import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api.js';
import { type FormError, problemMessage } from '../../lib/formErrors.js';

/** Whether the server asks for a fresh sign-in before this change (a sign-in of 15 minutes ago). */
export const needsFreshSignIn = (error: unknown): boolean =>
  error instanceof ApiError &&
  error.problem?.type === 'urn:schakel:problem:reauthentication-required';

/**
 * Why a change was refused, in the user's language: the API's own words are English only.
 * `conflict` is what a 409 means for this change, when it can have one.
 */
export function refusal(t: TFunction, error: unknown, conflict?: string): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return t('admin.error.forbidden');
    if (error.status === 404) return t('admin.error.notFound');
    if (error.status === 409 && conflict) return conflict;
  }
  return problemMessage(t, error);
}

/**
 * The server's complaints about fields (400 and 422), each beside the field of the form it is
 * about: `fields` maps the API's field name to the form's field id and message. Complaints about
 * other fields become one general message.
 */
export function serverFieldErrors(
  t: TFunction,
  error: unknown,
  fields: Record<string, FormError>,
): FormError[] {
  if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 422)) return [];
  const found: FormError[] = [];
  for (const problem of error.errors) {
    const known = fields[problem.path.split('.')[0] ?? ''];
    const next = known ?? { message: t('admin.error.invalid') };
    if (!found.some((item) => item.message === next.message)) found.push(next);
  }
  return found.length > 0 ? found : [{ message: t('admin.error.invalid') }];
}
