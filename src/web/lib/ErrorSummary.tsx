import { Alert, LinkList, Paragraph } from '@amsterdam/design-system-react';
import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormError } from './formErrors.js';

/** Moves to a field from the summary: its label in view, the cursor in the field. */
function goToField(event: MouseEvent, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  document.querySelector(`label[for="${CSS.escape(id)}"]`)?.scrollIntoView();
  field.focus({ preventScroll: true });
}

/**
 * The error summary of a form (NL Design System): above the form, it takes the focus each time
 * a submit fails (`attempt` counts the submits), and links every error to its field.
 */
export function ErrorSummary({ errors, attempt }: { errors: FormError[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per submit, not per render
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  if (errors.length === 0) return null;
  const withField = errors.filter((error) => error.field);
  const withoutField = errors.filter((error) => !error.field);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      className="schakel-error-summary"
      severity="error"
      heading={t('form.summaryHeading', { count: errors.length })}
      // No label on the section: focusing it would make screen readers read the heading twice.
      headingId={null}
      headingLevel={2}
    >
      {withoutField.map((error) => (
        <Paragraph key={error.message}>{error.message}</Paragraph>
      ))}
      {withField.length > 0 && (
        <LinkList>
          {withField.map(({ field = '', message }) => (
            <LinkList.Link
              key={`${field}-${message}`}
              href={`#${field}`}
              onClick={(event) => goToField(event, field)}
            >
              {message}
            </LinkList.Link>
          ))}
        </LinkList>
      )}
    </Alert>
  );
}
