import { Button, Column, Heading, Paragraph, Select, Table } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkGroupDetail } from '../../../../shared/schemas/people.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { FormField } from '../../../lib/FormField.js';
import { AdminTable } from '../AdminTable.js';
import { adminApi } from '../adminApi.js';
import { useCandidates } from '../adminQueries.js';
import { ChoiceField } from '../ChoiceField.js';
import { OutcomeAlert } from '../OutcomeAlert.js';
import { roleName } from '../roleText.js';
import { useAdminMutation } from '../useAdminMutation.js';

type GroupRole = 'director' | 'member';
type Member = NetworkGroupDetail['members'][number];

/**
 * The people who take part in the group. Directors add and remove members; coordinators and
 * administrators (`managesGroups`) also appoint and remove directors.
 */
export function GroupMembers({
  group,
  managesGroups,
}: {
  group: NetworkGroupDetail;
  managesGroups: boolean;
}) {
  const { t } = useTranslation();
  const remove = useAdminMutation({
    mutationFn: (member: Member) => adminApi.removeGroupMember(group.id, member.userId),
    done: (_, member) => t('admin.group.member.removed', { name: member.displayName }),
    failedHeading: (member) => t('admin.group.member.removeFailed', { name: member.displayName }),
    refreshOnFailure: true,
  });

  const mayRemove = (member: Member) => managesGroups || member.role !== 'director';

  return (
    <Column as="section" gap="small" aria-labelledby="group-members-heading">
      <Heading level={2} id="group-members-heading">
        {t('admin.group.member.heading')}
      </Heading>
      <Paragraph>{t('admin.group.member.intro')}</Paragraph>
      <OutcomeAlert value={remove.feedback} headingLevel={3} />
      {group.members.length === 0 ? (
        <Paragraph>{t('admin.group.member.none')}</Paragraph>
      ) : (
        <AdminTable
          captionId="group-members-caption"
          caption={t('admin.group.member.caption', { count: group.members.length })}
          columns={[
            t('admin.accounts.name'),
            t('admin.accounts.organisation'),
            t('admin.roles.role'),
          ]}
          actions
          items={group.members}
          row={(member) => (
            <Table.Row key={`${member.userId}-${member.role}`}>
              <Table.Cell>{member.displayName}</Table.Cell>
              <Table.Cell>{member.organisation.name}</Table.Cell>
              <Table.Cell>{roleName(t, member.role)}</Table.Cell>
              <Table.Cell>
                {mayRemove(member) && (
                  <Button
                    variant="tertiary"
                    aria-label={t('admin.group.member.removeLabel', {
                      name: member.displayName,
                    })}
                    onClick={() => !remove.isPending && remove.mutate(member)}
                  >
                    {t('admin.group.remove')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          )}
        />
      )}
      <AddMemberForm group={group} managesGroups={managesGroups} />
    </Column>
  );
}

function AddMemberForm({
  group,
  managesGroups,
}: {
  group: NetworkGroupDetail;
  managesGroups: boolean;
}) {
  const { t } = useTranslation();
  const candidates = useCandidates(group.id);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<GroupRole>('member');
  const add = useAdminMutation({
    mutationFn: (input: { userId: string; role: GroupRole; name: string }) =>
      adminApi.addGroupMember(group.id, { userId: input.userId, role: input.role }),
    done: (_, input) =>
      t('admin.group.member.added', { name: input.name, role: roleName(t, input.role) }),
    onSuccess: () => {
      setUserId('');
      setRole('member');
    },
    fields: { userId: { field: 'group-member', message: t('admin.group.member.cannotJoin') } },
    refreshOnFailure: true,
  });

  const taking = new Set(group.members.map((member) => member.userId));
  const available = (candidates.data?.items ?? []).filter(
    (candidate) => !taking.has(candidate.userId),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    add.setFeedback(undefined);
    const candidate = available.find((item) => item.userId === userId);
    add.showErrors(
      candidate ? [] : [{ field: 'group-member', message: t('admin.group.member.missing') }],
    );
    if (candidate) add.mutate({ userId: candidate.userId, role, name: candidate.displayName });
  }

  return (
    <Column gap="small">
      <Heading level={3} id="group-member-add-heading">
        {t('admin.group.member.addHeading')}
      </Heading>
      <OutcomeAlert value={add.feedback} headingLevel={4} />
      <ErrorSummary errors={add.errors} attempt={add.attempt} />
      {candidates.isSuccess && available.length === 0 ? (
        <Paragraph>{t('admin.group.member.noCandidates')}</Paragraph>
      ) : (
        <form noValidate aria-labelledby="group-member-add-heading" onSubmit={submit}>
          <Column gap="large">
            <ChoiceField
              id="group-member"
              label={t('admin.group.member.person')}
              description={t('admin.group.member.personHint')}
              errors={add.errors}
              value={userId}
              onChange={setUserId}
              loading={candidates.isPending}
              options={available.map((candidate) => ({
                value: candidate.userId,
                label: `${candidate.displayName} (${candidate.organisation.name})`,
              }))}
            />
            {managesGroups && (
              <FormField id="group-member-role" label={t('admin.roles.role')}>
                {(input) => (
                  <Select
                    {...input}
                    value={role}
                    onChange={(event) => setRole(event.target.value as GroupRole)}
                  >
                    <Select.Option value="member">{roleName(t, 'member')}</Select.Option>
                    <Select.Option value="director">{roleName(t, 'director')}</Select.Option>
                  </Select>
                )}
              </FormField>
            )}
            <div>
              <Button type="submit" variant="secondary">
                {add.isPending ? t('form.busy') : t('admin.group.member.add')}
              </Button>
            </div>
          </Column>
        </form>
      )}
    </Column>
  );
}
