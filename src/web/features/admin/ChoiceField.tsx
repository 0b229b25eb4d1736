import { Select } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError } from '../../lib/formErrors.js';

/**
 * A labelled choice of one item of a managers' form, starting at "Kies…" (or "Laden…" while the
 * items are on their way); its error taken from the form's `errors` by its id.
 */
export function ChoiceField({
  id,
  label,
  description,
  errors,
  value,
  onChange,
  options,
  loading = false,
}: {
  id: string;
  label: string;
  description?: string | undefined;
  errors: FormError[];
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  loading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FormField id={id} label={label} description={description} error={errorFor(errors, id)}>
      {(input) => (
        <Select {...input} value={value} onChange={(event) => onChange(event.target.value)}>
          <Select.Option value="">
            {loading ? t('app.loading') : t('admin.roles.choose')}
          </Select.Option>
          {options.map((option) => (
            <Select.Option key={option.value} value={option.value}>
              {option.label}
            </Select.Option>
          ))}
        </Select>
      )}
    </FormField>
  );
}
