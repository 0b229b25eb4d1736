import { Button, Column, DateInput, Row } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakthroughWrite, Case } from '../../../shared/schemas/cases.js';
import { CheckboxGroup, firstBoxId } from '../../lib/CheckboxGroup.js';
import { today } from '../../lib/dates.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError } from '../../lib/formErrors.js';
import { PersonalDataTextArea } from '../privacy/PersonalDataTextArea.js';
import { useCaseMutation } from './caseMutation.js';
import { casesApi } from './casesApi.js';

/** A breakthrough: what unblocked the situation, which partners did it, and when. */
export function BreakthroughForm({
  found,
  onSaved,
  onCancel,
}: {
  found: Case;
  onSaved(saved: Case): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [description, setDescription] = useState('');
  const [partners, setPartners] = useState<string[]>([]);
  const [occurredOn, setOccurredOn] = useState(today());
  const partnersField = firstBoxId(
    'breakthrough-partners',
    found.table.organisations.map((o) => o.id),
  );

  const save = useCaseMutation({
    mutationFn: (input: BreakthroughWrite) => casesApi.addBreakthrough(found.id, input),
    onSuccess: onSaved,
    fields: {
      description: {
        field: 'breakthrough-description',
        message: t('cases.personalDataIn', { label: t('cases.breakthrough.description') }),
      },
      partnerOrganisationIds: {
        field: partnersField,
        message: t('cases.breakthrough.partnersMissing'),
      },
      occurredOn: {
        field: 'breakthrough-date',
        message: t('cases.breakthrough.occurredOnMissing'),
      },
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const errors: FormError[] = [];
    if (!description.trim()) {
      errors.push({
        field: 'breakthrough-description',
        message: t('cases.breakthrough.descriptionMissing'),
      });
    }
    if (description.trim().length > 1000) {
      errors.push({
        field: 'breakthrough-description',
        message: t('cases.tooLong', { max: 1000 }),
      });
    }
    if (partners.length === 0) {
      errors.push({ field: partnersField, message: t('cases.breakthrough.partnersMissing') });
    }
    if (!occurredOn) {
      errors.push({
        field: 'breakthrough-date',
        message: t('cases.breakthrough.occurredOnMissing'),
      });
    }
    save.showErrors(errors);
    if (errors.length === 0) {
      save.mutate({
        description: description.trim(),
        partnerOrganisationIds: partners,
        occurredOn,
      });
    }
  }

  const { errors } = save;
  return (
    <Column gap="large">
      <ErrorSummary errors={errors} attempt={save.attempt} />
      <form noValidate onSubmit={submit}>
        <Column gap="large">
          <PersonalDataTextArea
            id="breakthrough-description"
            label={t('cases.breakthrough.description')}
            rows={3}
            value={description}
            onChange={setDescription}
            error={errorFor(errors, 'breakthrough-description')}
            serverFindings={save.findingsIn('description')}
          />
          <CheckboxGroup
            id="breakthrough-partners"
            legend={t('cases.breakthrough.partners')}
            errors={errors}
            options={found.table.organisations.map((o) => ({ value: o.id, label: o.name }))}
            values={partners}
            onChange={setPartners}
          />
          <FormField
            id="breakthrough-date"
            label={t('cases.breakthrough.occurredOn')}
            error={errorFor(errors, 'breakthrough-date')}
          >
            {(input) => (
              <DateInput
                {...input}
                max={today()}
                value={occurredOn}
                onChange={(event) => setOccurredOn(event.target.value)}
              />
            )}
          </FormField>
          <Row gap="small" wrap>
            <Button type="submit">
              {save.isPending ? t('form.busy') : t('cases.breakthrough.save')}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('cases.breakthrough.cancel')}
            </Button>
          </Row>
        </Column>
      </form>
    </Column>
  );
}
