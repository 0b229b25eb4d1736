import { Button, Column, DateInput, Row, Select } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Action,
  type ActionStatus,
  actionStatuses,
  type Case,
} from '../../../shared/schemas/cases.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError } from '../../lib/formErrors.js';
import { ChoiceField } from '../admin/ChoiceField.js';
import { PersonalDataTextArea } from '../privacy/PersonalDataTextArea.js';
import { ConflictAlert } from './ConflictAlert.js';
import { useCaseMutation } from './caseMutation.js';
import { casesApi } from './casesApi.js';

/**
 * An action of the table, new or to update: what will be done, which organisation (and maybe
 * which of its people) does it, and when; once it exists also its status and result.
 */
export function ActionForm({
  found,
  action,
  idPrefix,
  onSaved,
  onCancel,
  onReload,
}: {
  found: Case;
  /** The action to update; none: a new one. */
  action?: Action;
  idPrefix: string;
  onSaved(saved: Action, created: boolean): void;
  onCancel(): void;
  /** After a 409: read the case again (the action as others saved it). */
  onReload(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(action?.text ?? '');
  const [owner, setOwner] = useState(action?.ownerOrganisation.id ?? '');
  const [person, setPerson] = useState(action?.ownerUser?.id ?? '');
  const [dueOn, setDueOn] = useState(action?.dueOn ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'open');
  const [result, setResult] = useState(action?.result ?? '');
  // The version this form started from: another save since then answers 409.
  const [version] = useState(action?.version ?? 1);
  const field = (name: string) => `${idPrefix}-${name}`;

  const save = useCaseMutation({
    mutationFn: (): Promise<Action> => {
      const input = {
        text: text.trim(),
        ownerOrganisationId: owner,
        ownerUserId: people.some((member) => member.userId === person) ? person : null,
        dueOn,
      };
      return action
        ? casesApi.updateAction(action.id, { ...input, version, status, result: result.trim() })
        : casesApi.addAction(found.id, input);
    },
    onSuccess: (saved) => onSaved(saved, !action),
    fields: {
      text: {
        field: field('text'),
        message: t('cases.personalDataIn', { label: t('cases.action.text') }),
      },
      result: {
        field: field('result'),
        message: t('cases.personalDataIn', { label: t('cases.action.result') }),
      },
      ownerOrganisationId: { field: field('owner'), message: t('cases.action.ownerMissing') },
      ownerUserId: { field: field('person'), message: t('admin.error.invalid') },
      dueOn: { field: field('due'), message: t('cases.action.dueOnMissing') },
    },
  });

  // The table's organisations, and the owner already chosen even if it left the table.
  const organisations = [...found.table.organisations];
  if (action && !organisations.some((o) => o.id === action.ownerOrganisation.id)) {
    organisations.push(action.ownerOrganisation);
  }
  // The people of the chosen organisation at the table, and the owner already named.
  const people = found.table.members.filter((member) => member.organisationId === owner);
  const named = action?.ownerUser;
  if (
    named &&
    action.ownerOrganisation.id === owner &&
    !people.some((p) => p.userId === named.id)
  ) {
    people.push({ userId: named.id, displayName: named.displayName, organisationId: owner });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const errors: FormError[] = [];
    if (!text.trim()) errors.push({ field: field('text'), message: t('cases.action.textMissing') });
    if (text.trim().length > 500) {
      errors.push({ field: field('text'), message: t('cases.tooLong', { max: 500 }) });
    }
    if (!owner) errors.push({ field: field('owner'), message: t('cases.action.ownerMissing') });
    if (!dueOn) errors.push({ field: field('due'), message: t('cases.action.dueOnMissing') });
    if (result.trim().length > 1000) {
      errors.push({ field: field('result'), message: t('cases.tooLong', { max: 1000 }) });
    }
    if (status === 'not-done' && !result.trim()) {
      errors.push({ field: field('result'), message: t('cases.action.resultMissing') });
    }
    save.showErrors(errors);
    if (errors.length === 0) save.mutate(undefined);
  }

  const { errors } = save;
  return (
    <Column gap="large">
      <ConflictAlert
        headingLevel={3}
        conflict={save.conflict}
        body={t('cases.conflict.actionBody')}
        onReload={onReload}
      />
      <ErrorSummary errors={errors} attempt={save.attempt} />
      <form noValidate onSubmit={submit}>
        <Column gap="large">
          <PersonalDataTextArea
            id={field('text')}
            label={t('cases.action.text')}
            rows={2}
            value={text}
            onChange={setText}
            error={errorFor(errors, field('text'))}
            serverFindings={save.findingsIn('text')}
          />
          <ChoiceField
            id={field('owner')}
            label={t('cases.action.owner')}
            errors={errors}
            value={owner}
            onChange={(value) => {
              setOwner(value);
              setPerson('');
            }}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
          {owner && people.length > 0 && (
            <FormField
              id={field('person')}
              label={t('cases.action.ownerPerson')}
              error={errorFor(errors, field('person'))}
            >
              {(input) => (
                <Select
                  {...input}
                  value={person}
                  onChange={(event) => setPerson(event.target.value)}
                >
                  <Select.Option value="">{t('cases.action.ownerPersonNone')}</Select.Option>
                  {people.map((member) => (
                    <Select.Option key={member.userId} value={member.userId}>
                      {member.displayName}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
          )}
          <FormField
            id={field('due')}
            label={t('cases.action.dueOn')}
            error={errorFor(errors, field('due'))}
          >
            {(input) => (
              <DateInput
                {...input}
                value={dueOn}
                onChange={(event) => setDueOn(event.target.value)}
              />
            )}
          </FormField>
          {action && (
            <>
              <FormField id={field('status')} label={t('cases.action.status')}>
                {(input) => (
                  <Select
                    {...input}
                    value={status}
                    onChange={(event) => {
                      const chosen = actionStatuses.find((s) => s === event.target.value);
                      if (chosen) setStatus(chosen);
                    }}
                  >
                    {actionStatuses.map((value) => (
                      <Select.Option key={value} value={value}>
                        {t(`cases.actionStatus.${value}`)}
                      </Select.Option>
                    ))}
                  </Select>
                )}
              </FormField>
              <PersonalDataTextArea
                id={field('result')}
                label={t('cases.action.result')}
                description={t('cases.action.resultHint')}
                rows={2}
                value={result}
                onChange={setResult}
                error={errorFor(errors, field('result'))}
                serverFindings={save.findingsIn('result')}
              />
            </>
          )}
          <Row gap="small" wrap>
            <Button type="submit">
              {save.isPending
                ? t('form.busy')
                : action
                  ? t('cases.action.save')
                  : t('cases.action.create')}
            </Button>
            <Button variant="secondary" onClick={onCancel}>
              {t('cases.action.cancel')}
            </Button>
          </Row>
        </Column>
      </form>
    </Column>
  );
}
