import { Button, Column, Heading, Row } from '@amsterdam/design-system-react';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import type { AdminMutation } from '../../admin/useAdminMutation.js';
import { useErrorCount } from './useErrorCount.js';

/**
 * The frame of a record's form (a service, a location, a contact): its heading, which takes the
 * focus when the form opens, the error summary, the fields, and "save" beside "Annuleren".
 */
export function RecordForm({
  id,
  heading,
  submitLabel,
  save,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  heading: string;
  submitLabel: string;
  save: Pick<AdminMutation<unknown, never>, 'isPending' | 'errors' | 'attempt'>;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = `${id}-heading`;
  useErrorCount(id, save.errors.length);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) onSubmit();
  }

  return (
    <Column gap="small">
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      <ErrorSummary errors={save.errors} attempt={save.attempt} />
      <form noValidate aria-labelledby={headingId} onSubmit={submit}>
        <Column gap="large">
          {children}
          <Row gap="small" wrap>
            <Button type="submit">{save.isPending ? t('form.busy') : submitLabel}</Button>
            <Button variant="tertiary" onClick={onCancel}>
              {t('directoryEdit.cancel')}
            </Button>
          </Row>
        </Column>
      </form>
    </Column>
  );
}
