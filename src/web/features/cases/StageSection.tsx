import { Button, Column, Heading, Paragraph, Row } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Case,
  type CaseStatus,
  caseStatuses,
  closureReasons,
  type StatusChange,
} from '../../../shared/schemas/cases.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { ChoiceField } from '../admin/ChoiceField.js';
import { OutcomeAlert } from '../admin/OutcomeAlert.js';
import { ConflictAlert } from './ConflictAlert.js';
import { useCaseMutation } from './caseMutation.js';
import { casesApi } from './casesApi.js';
import { takesText } from './ErasedNotice.js';

type ClosingReason = NonNullable<StatusChange['closureReason']>;
const closingReasons = closureReasons.filter(
  (reason): reason is ClosingReason => reason !== 'consent-withdrawn',
);

/**
 * "Fase": where the case is (new → on agenda → in progress → follow-up → closed) and the move
 * to another stage; closing asks why, and a closed case can be reopened.
 */
export function StageSection({
  found,
  onSaved,
  onReload,
}: {
  found: Case;
  onSaved(saved: Case): void;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const [next, setNext] = useState<string>('');
  const [reason, setReason] = useState<string>('');
  const save = useCaseMutation({
    mutationFn: (input: StatusChange) => casesApi.changeStatus(found.id, input),
    done: (saved) => t('cases.stage.saved', { status: t(`cases.status.${saved.status}`) }),
    onSuccess: (saved) => {
      setNext('');
      setReason('');
      onSaved(saved);
    },
    fields: {
      status: { field: 'stage-next', message: t('admin.error.invalid') },
      closureReason: { field: 'stage-reason', message: t('cases.stage.reasonMissing') },
    },
  });
  const closed = found.status === 'closed';
  const openActions = found.actions.filter(
    (action) => action.status === 'open' || action.status === 'in-progress',
  ).length;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const status = caseStatuses.find((s) => s === next);
    const closureReason = closingReasons.find((r) => r === reason);
    if (!status) {
      save.showErrors([{ field: 'stage-next', message: t('admin.error.invalid') }]);
      return;
    }
    if (status === 'closed' && !closureReason) {
      save.showErrors([{ field: 'stage-reason', message: t('cases.stage.reasonMissing') }]);
      return;
    }
    save.showErrors([]);
    save.mutate({
      version: found.version,
      status,
      ...(status === 'closed' ? { closureReason } : {}),
    });
  }

  const choices = caseStatuses.filter((status: CaseStatus) => status !== found.status);
  return (
    <Column as="section" gap="small" aria-labelledby="stage-heading">
      <Heading level={2} id="stage-heading">
        {t('cases.stage.heading')}
      </Heading>
      <Paragraph>
        {t('cases.stage.current', { status: t(`cases.status.${found.status}`) })}
      </Paragraph>
      {found.closureReason && (
        <Paragraph>
          {t('cases.stage.closedBecause', {
            reason: t(`cases.closureReason.${found.closureReason}`),
          })}
        </Paragraph>
      )}
      <OutcomeAlert value={save.feedback} headingLevel={3} />
      <ConflictAlert
        headingLevel={3}
        conflict={save.conflict}
        onReload={() => {
          save.clearConflict();
          onReload();
        }}
      />
      {takesText(found) && (
        <>
          <ErrorSummary errors={save.errors} attempt={save.attempt} />
          <form noValidate aria-labelledby="stage-heading" onSubmit={submit}>
            <Column gap="large">
              <ChoiceField
                id="stage-next"
                label={closed ? t('cases.stage.reopen') : t('cases.stage.next')}
                errors={save.errors}
                value={next}
                onChange={setNext}
                options={choices.map((status) => ({
                  value: status,
                  label: t(`cases.status.${status}`),
                }))}
              />
              {next === 'closed' && (
                <>
                  <ChoiceField
                    id="stage-reason"
                    label={t('cases.stage.reason')}
                    errors={save.errors}
                    value={reason}
                    onChange={setReason}
                    options={closingReasons.map((value) => ({
                      value,
                      label: t(`cases.closureReason.${value}`),
                    }))}
                  />
                  {openActions > 0 && (
                    <Paragraph>{t('cases.stage.openActions', { count: openActions })}</Paragraph>
                  )}
                </>
              )}
              <Row>
                <Button type="submit" variant="secondary">
                  {save.isPending ? t('form.busy') : t('cases.stage.save')}
                </Button>
              </Row>
            </Column>
          </form>
        </>
      )}
    </Column>
  );
}
