import { ErrorMessage, Field, Label, Paragraph } from '@amsterdam/design-system-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the input inside a FormField needs: its id, its description and whether it is invalid. */
export interface FieldInputProps {
  id: string;
  'aria-describedby'?: string;
  invalid: boolean;
}

/**
 * One labelled field (NL Design System): the label, an optional description, the error message
 * beside the field when there is one, and the input — described by both.
 */
export function FormField({
  id,
  label,
  description,
  error,
  children,
}: {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  children: (input: FieldInputProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : '', error ? errorId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Field invalid={Boolean(error)}>
      <Label htmlFor={id}>{label}</Label>
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
      {children({
        id,
        invalid: Boolean(error),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
    </Field>
  );
}
