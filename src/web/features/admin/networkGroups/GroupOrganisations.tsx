import { Button, Column, Heading, Paragraph, Row, Table } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkGroupDetail } from '../../../../shared/schemas/people.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { AdminTable } from '../AdminTable.js';
import { adminApi } from '../adminApi.js';
import { useOrganisationPage } from '../adminQueries.js';
import { ChoiceField } from '../ChoiceField.js';
import { OutcomeAlert } from '../OutcomeAlert.js';
import { useAdminMutation } from '../useAdminMutation.js';

type Change = { kind: 'add' | 'remove'; id: string; name: string };

/** The organisations that take part in the group: remove one, or add one of the district. */
export function GroupOrganisations({ group }: { group: NetworkGroupDetail }) {
  const { t } = useTranslation();
  const serving = useOrganisationPage({ district: group.district.code });
  const [chosen, setChosen] = useState('');
  const change = useAdminMutation({
    mutationFn: ({ kind, id }: Change) =>
      kind === 'add'
        ? adminApi.addGroupOrganisation(group.id, id)
        : adminApi.removeGroupOrganisation(group.id, id),
    done: (_, { kind, name }) =>
      t(`admin.group.organisation.${kind === 'add' ? 'added' : 'removed'}`, { name }),
    onSuccess: (_, { kind }) => {
      if (kind === 'add') setChosen('');
    },
    failedHeading: ({ kind, name }) => t(`admin.group.organisation.${kind}Failed`, { name }),
    conflict: { message: t('admin.group.organisation.stillMembers') },
    refreshOnFailure: true,
  });

  const inGroup = new Set(group.organisations.map((organisation) => organisation.id));
  const addable = (serving.data?.items ?? []).filter(
    (organisation) => !inGroup.has(organisation.id),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    const organisation = addable.find((item) => item.id === chosen);
    change.showErrors(
      organisation
        ? []
        : [{ field: 'group-organisation', message: t('admin.group.organisation.missing') }],
    );
    if (organisation) change.mutate({ kind: 'add', id: organisation.id, name: organisation.name });
  }

  return (
    <Column as="section" gap="small" aria-labelledby="group-organisations-heading">
      <Heading level={2} id="group-organisations-heading">
        {t('admin.group.organisation.heading')}
      </Heading>
      <Paragraph>{t('admin.group.organisation.intro')}</Paragraph>
      <OutcomeAlert value={change.feedback} headingLevel={3} />
      {group.organisations.length === 0 ? (
        <Paragraph>{t('admin.group.organisation.none')}</Paragraph>
      ) : (
        <AdminTable
          captionId="group-organisations-caption"
          caption={t('admin.group.organisation.caption', { count: group.organisations.length })}
          columns={[t('admin.organisations.name'), t('admin.organisations.kind')]}
          actions
          items={group.organisations}
          row={(organisation) => (
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
          )}
        />
      )}
      <Heading level={3} id="group-organisation-add-heading">
        {t('admin.group.organisation.addHeading')}
      </Heading>
      <ErrorSummary errors={change.errors} attempt={change.attempt} />
      {serving.isSuccess && addable.length === 0 ? (
        <Paragraph>{t('admin.group.organisation.allIn')}</Paragraph>
      ) : (
        <form noValidate aria-labelledby="group-organisation-add-heading" onSubmit={submit}>
          <Row gap="small" wrap alignVertical="end">
            <ChoiceField
              id="group-organisation"
              label={t('admin.group.organisation.choose', { district: group.district.name })}
              errors={change.errors}
              value={chosen}
              onChange={setChosen}
              loading={serving.isPending}
              options={addable.map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
              }))}
            />
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
