import type { TFunction } from 'i18next';
import type { FieldError } from '../../../shared/schemas/problem.js';

/** The server's rules for a new password, as far as the browser can check them itself. */
export const passwordLength = { min: 12, max: 128 } as const;

/** What the browser can tell before sending: the length, and the name of the app in it. */
export function ownPasswordProblems(t: TFunction, password: string): string[] {
  const length = [...password].length;
  if (length < passwordLength.min) return [t('newPassword.tooShort', passwordLength)];
  if (length > passwordLength.max) return [t('newPassword.tooLong', passwordLength)];
  if (password.toLowerCase().includes('schakel')) return [t('newPassword.personal')];
  return [];
}

/**
 * The server's reasons (in English, one per broken rule) in the user's language. The API gives
 * no code per reason, so its wording is matched; anything new gets a general message.
 */
const reasons: [RegExp, string][] = [
  [/at least/i, 'newPassword.tooShort'],
  [/at most/i, 'newPassword.tooLong'],
  [/common/i, 'newPassword.common'],
  [/e-mail|schakel/i, 'newPassword.personal'],
];

export function serverPasswordProblems(t: TFunction, errors: FieldError[]): string[] {
  const messages = errors
    .filter((error) => error.path === 'password')
    .map((error) => {
      const key = reasons.find(([pattern]) => pattern.test(error.message))?.[1];
      return key ? t(key, passwordLength) : t('newPassword.chooseAnother');
    });
  return [...new Set(messages)];
}

/** Whether the server says the link itself is no good (used, expired or never valid). */
export const linkIsInvalid = (errors: FieldError[]): boolean =>
  errors.some((error) => error.path === 'token');

/** A link's token as the server makes them (base64url), else undefined. */
export function tokenFrom(hash: string): string | undefined {
  const token = hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : undefined;
}
