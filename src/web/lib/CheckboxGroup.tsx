import { Checkbox, ErrorMessage, FieldSet, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { errorFor, type FormError } from './formErrors.js';

/** The id of a group's first box: where the error summary leads for the whole group. */
export const firstBoxId = (id: string, values: readonly string[]) => `${id}-${values[0] ?? ''}`;

/**
 * A choice of any number of values (languages, target groups, districts) as a set of checkboxes
 * under one legend; long lists flow into columns on a wide window.
 */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  description,
  errors,
  options,
  values,
  onChange,
}: {
  id: string;
  legend: string;
  description?: string | undefined;
  errors: FormError[];
  options: readonly { value: T; label: string }[];
  values: readonly T[];
  onChange(values: T[]): void;
}) {
  const { t } = useTranslation();
  const error = errorFor(
    errors,
    firstBoxId(
      id,
      options.map((option) => option.value),
    ),
  );
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [description ? descriptionId : '', error ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <FieldSet legend={legend} invalid={Boolean(error)} aria-describedby={describedBy || undefined}>
      {description && (
        <Paragraph id={descriptionId} size="small">
          {description}
        </Paragraph>
      )}
      {error && (
        <ErrorMessage id={errorId} prefix={t('form.errorPrefix')}>
          {error}
        </ErrorMessage>
      )}
      <div
        className={
          options.length > 4 ? 'schakel-choices schakel-choices--columns' : 'schakel-choices'
        }
      >
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            checked={values.includes(option.value)}
            invalid={Boolean(error)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...values, option.value]
                  : values.filter((value) => value !== option.value),
              )
            }
          >
            {option.label}
          </Checkbox>
        ))}
      </div>
    </FieldSet>
  );
}
