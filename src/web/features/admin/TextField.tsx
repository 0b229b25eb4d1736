import { TextInput, type TextInputProps } from '@amsterdam/design-system-react';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError } from '../../lib/formErrors.js';

/**
 * A labelled text field of a managers' form, its error taken from the form's `errors` by its id.
 * What managers type is about other people: the browser does not offer to fill it in.
 */
export function TextField({
  id,
  label,
  description,
  errors = [],
  name,
  value,
  onChange,
  ...rest
}: {
  id: string;
  label: string;
  description?: string | undefined;
  errors?: FormError[];
  name: string;
  value: string;
  onChange(value: string): void;
} & Omit<TextInputProps, 'id' | 'name' | 'value' | 'onChange' | 'invalid'>) {
  return (
    <FormField id={id} label={label} description={description} error={errorFor(errors, id)}>
      {(input) => (
        <TextInput
          {...input}
          {...rest}
          name={name}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
