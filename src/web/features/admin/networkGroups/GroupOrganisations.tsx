import {
  Button,
  Column,
  Heading,
  Paragraph,
  Row,
  Select,
  Table,
} from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkGroupDetail } from '../../../../shared/schemas/people.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { FormField } from '../../../lib/FormField.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';
import { adminApi } from '../adminApi.js';
import { refusal } from '../adminErrors.js';
import { useOrganisationPage, useRefreshAdmin } from '../adminQueries.js';
import { type Outcome, OutcomeAlert, outcome } from '../OutcomeAlert.js';

type Change = { kind: 'add' | 'remove'; id: string; name: string };

/** The organisations that take part in the group: remove one, or add one of the district. */
export function GroupOrganisations({ group }: { group: NetworkGroupDetail }) {
  const { t } = useTranslation();
  const refresh = useRefreshAdmin();
  const serving = useOrganisationPage({ district: group.district.code });
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [feedback, setFeedback] = useState<Outcome>();

  const change = useMutation({
    mutationFn: ({ kind, id }: Change) =>
      kind === 'add'
        ? adminApi.addGroupOrganisation(group.id, id)
        : adminApi.removeGroupOrganisation(group.id, id),
    onMutate: () => {
      setFeedback(undefined);
      setErrors([]);
    },
    onSuccess: (_, { kind, name }) => {
      if (kind === 'add') setChosen('');
      setFeedback(
        outcome(
          true,
          t(`admin.group.organisation.${kind === 'add' ? 'added' : 'removed'}`, { name }),
        ),
      );
    },
    onError: (error, { kind, name }) =>
      setFeedback(
        outcome(
          false,
          t(`admin.group.organisation.${kind}Failed`, { name }),
          refusal(t, error, t('admin.group.organisation.stillMembers')),
        ),
      ),
    onSettled: () => refresh(),
  });

  const inGroup = new Set(group.organisations.map((organisation) => organisation.id));
  const addable = (serving.data?.items ?? []).filter(
    (organisation) => !inGroup.has(organisation.id),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    const organisation = addable.find((item) => item.id === chosen);
    const found: FormError[] = organisation
      ? []
      : [{ field: 'group-organisation', message: t('admin.group.organisation.missing') }];
    setErrors(found);
    setAttempt((count) => count + 1);
    if (organisation) change.mutate({ kind: 'add', id: organisation.id, name: organisation.name });
  }

  return (
    <Column as="section" gap="small" aria-labelledby="group-organisations-heading">
      <Heading level={2} id="group-organisations-heading">
        {t('admin.group.organisation.heading')}
      </Heading>
      <Paragraph>{t('admin.group.organisation.intro')}</Paragraph>
      <OutcomeAlert value={feedback} headingLevel={3} />
      {group.organisations.length === 0 ? (
        <Paragraph>{t('admin.group.organisation.none')}</Paragraph>
      ) : (
        <Table>
          <Table.Caption id="group-organisations-caption">
            {t('admin.group.organisation.caption', { count: group.organisations.length })}
          </Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('admin.organisations.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('admin.organisations.kind')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="ams-visually-hidden">{t('admin.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {group.organisations.map((organisation) => (
              <Table.Row key={organisation.id}>
                <Table.Cell>{organisation.name}</Table.Cell>
                <Table.Cell>
                  {t(`kind.${organisation.kind}`, { defaultValue: organisation.kind })}
                </Table.Cell>
                <Table.Cell>
                  <Button
                    variant="tertiary"
                    aria-label={t('admin.group.organisation.removeLabel', {
                      name: organisation.name,
                    })}
                    onClick={() =>
                      !change.isPending &&
                      change.mutate({
                        kind: 'remove',
                        id: organisation.id,
                        name: organisation.name,
                      })
                    }
                  >
                    {t('admin.group.remove')}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Heading level={3} id="group-organisation-add-heading">
        {t('admin.group.organisation.addHeading')}
      </Heading>
      <ErrorSummary errors={errors} attempt={attempt} />
      {serving.isSuccess && addable.length === 0 ? (
        <Paragraph>{t('admin.group.organisation.allIn')}</Paragraph>
      ) : (
        <form noValidate aria-labelledby="group-organisation-add-heading" onSubmit={submit}>
          <Row gap="small" wrap alignVertical="end">
            <FormField
              id="group-organisation"
              label={t('admin.group.organisation.choose', { district: group.district.name })}
              error={errorFor(errors, 'group-organisation')}
            >
              {(input) => (
                <Select
                  {...input}
                  value={chosen}
                  onChange={(event) => setChosen(event.target.value)}
                >
                  <Select.Option value="">
                    {serving.isPending ? t('app.loading') : t('admin.roles.choose')}
                  </Select.Option>
                  {addable.map((organisation) => (
                    <Select.Option key={organisation.id} value={organisation.id}>
                      {organisation.name}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
            <div>
              <Button type="submit" variant="secondary">
                {t('admin.group.organisation.add')}
              </Button>
            </div>
          </Row>
        </form>
      )}
    </Column>
  );
}
