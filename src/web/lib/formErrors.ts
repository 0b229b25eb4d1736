import type { TFunction } from 'i18next';
import { ApiError } from './api.js';

/** One error of a form: its message, and the id of the field it is about (if it is about one). */
export interface FormError {
  field?: string;
  message: string;
}

/** The message beside a field: the first error that is about it. */
export const errorFor = (errors: FormError[], field: string): string | undefined =>
  errors.find((error) => error.field === field)?.message;

/** How long to wait after too many attempts, in words ("Probeer het over 5 minuten opnieuw."). */
function waitMessage(t: TFunction, seconds: number | undefined): string {
  if (seconds === undefined) return t('form.tryAgainSoon');
  if (seconds < 60) return t('form.tryAgainSeconds', { count: Math.max(1, Math.ceil(seconds)) });
  return t('form.tryAgainMinutes', { count: Math.ceil(seconds / 60) });
}

/**
 * The message for an answer no form field is to blame for: too many attempts (429), a paused
 * account (423), or anything unexpected (with the request id to quote). The API's own `detail`
 * is in English only, so the web app says it in the user's language.
 */
export function problemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      return `${t('form.throttled')} ${waitMessage(t, error.retryAfterSeconds)}`;
    }
    if (error.status === 423) {
      return `${t('form.locked')} ${waitMessage(t, error.retryAfterSeconds)}`;
    }
    const id = error.problem?.requestId;
    if (id) return t('form.unexpectedWithId', { id });
  }
  return t('form.unexpected');
}
