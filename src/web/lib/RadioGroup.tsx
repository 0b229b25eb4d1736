import { Column, ErrorMessage, FieldSet, Radio } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from './formErrors.js';

/** The id of a group's first radio: where the error summary leads for the whole group. */
export const firstRadioId = (id: string, values: readonly string[]) => `${id}-${values[0] ?? ''}`;

/** A choice of one value (how consent was given, urgency) as radios under one legend. */
export function RadioGroup<T extends string>({
  id,
  legend,
  errors = [],
  options,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  errors?: FormError[];
  options: readonly { value: T; label: string }[];
  /** The value chosen; none yet: ''. */
  value: NoInfer<T> | '';
  onChange(value: NoInfer<T>): void;
}) {
  const { t } = useTranslation();
  const error = errorFor(
    errors,
    firstRadioId(
      id,
      options.map((option) => option.value),
    ),
  );
  const errorId = `${id}-error`;
  return (
    <FieldSet
      legend={legend}
      invalid={Boolean(error)}
      aria-describedby={error ? errorId : undefined}
    >
      {error && (
        <ErrorMessage id={errorId} prefix={t('form.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      <Column gap="x-small">
        {options.map((option) => (
          <Radio
            key={option.value}
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={value === option.value}
            invalid={Boolean(error)}
            onChange={() => onChange(option.value)}
          >
            {option.label}
          </Radio>
        ))}
      </Column>
    </FieldSet>
  );
}
