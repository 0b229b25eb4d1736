import { TextInput } from '@amsterdam/design-system-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../lib/FormField.js';
import type { FormError } from '../../lib/formErrors.js';

const emailPattern = /^[^\s@]+@[^\s@]+$/;

/** What is wrong with a typed e-mail address, as a form error on the field `email`, if anything. */
export function emailError(t: TFunction, address: string): FormError | undefined {
  if (!address) return { field: 'email', message: t('signIn.emailMissing') };
  if (!emailPattern.test(address)) return { field: 'email', message: t('signIn.emailInvalid') };
  return undefined;
}

/** The e-mail address of an account: the field the password manager fills in. */
export function EmailField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <FormField id="email" label={t('signIn.email')} error={error}>
      {(input) => (
        <TextInput
          {...input}
          type="email"
          name="email"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
