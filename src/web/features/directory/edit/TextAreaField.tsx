import { TextArea } from '@amsterdam/design-system-react';
import { FormField } from '../../../lib/FormField.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';

/** A labelled text area of an entry's form (the admin TextField's sibling for longer texts). */
export function TextAreaField({
  id,
  label,
  description,
  errors,
  value,
  onChange,
  rows = 4,
}: {
  id: string;
  label: string;
  description?: string | undefined;
  errors: FormError[];
  value: string;
  onChange(value: string): void;
  rows?: number;
}) {
  return (
    <FormField id={id} label={label} description={description} error={errorFor(errors, id)}>
      {(input) => (
        <TextArea
          {...input}
          name={id}
          rows={rows}
          resize="vertical"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
