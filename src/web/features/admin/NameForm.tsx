import { Button, Column, Heading, Row, TextInput } from '@amsterdam/design-system-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError } from '../../lib/formErrors.js';
import { OutcomeAlert } from './OutcomeAlert.js';
import type { AdminMutation } from './useAdminMutation.js';

/**
 * A form with one name to change (an account, a network group, a district). `save` saves it:
 * its errors come back from the server, its feedback says how it went.
 */
export function NameForm({
  id,
  heading,
  headingLevel = 2,
  label,
  description,
  initial,
  maxLength,
  submitLabel,
  save,
  focusOnShow = false,
  children,
}: {
  id: string;
  heading: string;
  headingLevel?: 2 | 3;
  label: string;
  description?: string;
  initial: string;
  maxLength: number;
  submitLabel: string;
  save: Pick<
    AdminMutation<unknown, string>,
    'isPending' | 'mutate' | 'errors' | 'attempt' | 'feedback'
  >;
  /** Whether the heading takes the focus when the form appears (opened from a table). */
  focusOnShow?: boolean;
  /** More buttons beside "save", such as "Annuleren". */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [ownErrors, setOwnErrors] = useState<FormError[]>([]);
  const [ownAttempt, setOwnAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form appears
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, []);
  // The newest of the two kinds of errors: the browser's own check, or the server's answer.
  const errors = ownErrors.length > 0 ? ownErrors : save.errors;
  const attempt = ownAttempt + save.attempt;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const typed = name.trim();
    const found: FormError[] = [];
    if (!typed) found.push({ field: id, message: t('admin.name.missing') });
    else if ([...typed].length > maxLength) {
      found.push({ field: id, message: t('admin.name.tooLong', { max: maxLength }) });
    }
    setOwnErrors(found);
    setOwnAttempt((count) => count + 1);
    if (found.length === 0) save.mutate(typed);
  }

  const headingId = `${id}-heading`;
  return (
    <Column as="section" gap="small" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      <OutcomeAlert value={save.feedback} headingLevel={headingLevel === 2 ? 3 : 4} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form noValidate aria-labelledby={headingId} onSubmit={submit}>
        <Column gap="large">
          <FormField id={id} label={label} description={description} error={errorFor(errors, id)}>
            {(input) => (
              <TextInput
                {...input}
                name={id}
                autoComplete="off"
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </FormField>
          <Row gap="small" wrap>
            <Button type="submit" variant="secondary">
              {save.isPending ? t('form.busy') : submitLabel}
            </Button>
            {children}
          </Row>
        </Column>
      </form>
    </Column>
  );
}
