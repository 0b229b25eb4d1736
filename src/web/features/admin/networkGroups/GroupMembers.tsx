import { Button, Column, Heading, Paragraph, Select, Table } from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkGroupDetail } from '../../../../shared/schemas/people.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { FormField } from '../../../lib/FormField.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';
import { adminApi } from '../adminApi.js';
import { refusal, serverFieldErrors } from '../adminErrors.js';
import { useCandidates, useRefreshAdmin } from '../adminQueries.js';
import { type Outcome, OutcomeAlert, outcome } from '../OutcomeAlert.js';
import { roleName } from '../roleText.js';

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
  const refresh = useRefreshAdmin();
  const [feedback, setFeedback] = useState<Outcome>();

  const remove = useMutation({
    mutationFn: (member: Member) => adminApi.removeGroupMember(group.id, member.userId),
    onMutate: () => setFeedback(undefined),
    onSuccess: (_, member) =>
      setFeedback(outcome(true, t('admin.group.member.removed', { name: member.displayName }))),
    onError: (error, member) =>
      setFeedback(
        outcome(
          false,
          t('admin.group.member.removeFailed', { name: member.displayName }),
          refusal(t, error),
        ),
      ),
    onSettled: () => refresh(),
  });

  const mayRemove = (member: Member) => managesGroups || member.role !== 'director';

  return (
    <Column as="section" gap="small" aria-labelledby="group-members-heading">
      <Heading level={2} id="group-members-heading">
        {t('admin.group.member.heading')}
      </Heading>
      <Paragraph>{t('admin.group.member.intro')}</Paragraph>
      <OutcomeAlert value={feedback} headingLevel={3} />
      {group.members.length === 0 ? (
        <Paragraph>{t('admin.group.member.none')}</Paragraph>
      ) : (
        <Table>
          <Table.Caption id="group-members-caption">
            {t('admin.group.member.caption', { count: group.members.length })}
          </Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('admin.accounts.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('admin.accounts.organisation')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('admin.roles.role')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="ams-visually-hidden">{t('admin.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {group.members.map((member) => (
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
            ))}
          </Table.Body>
        </Table>
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
  const refresh = useRefreshAdmin();
  const candidates = useCandidates(group.id);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<GroupRole>('member');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [feedback, setFeedback] = useState<Outcome>();

  const failed = (found: FormError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };

  const add = useMutation({
    mutationFn: (input: { userId: string; role: GroupRole; name: string }) =>
      adminApi.addGroupMember(group.id, { userId: input.userId, role: input.role }),
    onMutate: () => setFeedback(undefined),
    onSuccess: (_, input) => {
      setUserId('');
      setRole('member');
      setFeedback(
        outcome(
          true,
          t('admin.group.member.added', { name: input.name, role: roleName(t, input.role) }),
        ),
      );
    },
    onError: (error) => {
      const fields = serverFieldErrors(t, error, {
        userId: { field: 'group-member', message: t('admin.group.member.cannotJoin') },
      });
      failed(fields.length > 0 ? fields : [{ message: refusal(t, error) }]);
    },
    onSettled: () => refresh(),
  });

  const taking = new Set(group.members.map((member) => member.userId));
  const available = (candidates.data?.items ?? []).filter(
    (candidate) => !taking.has(candidate.userId),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setFeedback(undefined);
    const candidate = available.find((item) => item.userId === userId);
    const found: FormError[] = candidate
      ? []
      : [{ field: 'group-member', message: t('admin.group.member.missing') }];
    failed(found);
    if (candidate) add.mutate({ userId: candidate.userId, role, name: candidate.displayName });
  }

  return (
    <Column gap="small">
      <Heading level={3} id="group-member-add-heading">
        {t('admin.group.member.addHeading')}
      </Heading>
      <OutcomeAlert value={feedback} headingLevel={4} />
      <ErrorSummary errors={errors} attempt={attempt} />
      {candidates.isSuccess && available.length === 0 ? (
        <Paragraph>{t('admin.group.member.noCandidates')}</Paragraph>
      ) : (
        <form noValidate aria-labelledby="group-member-add-heading" onSubmit={submit}>
          <Column gap="large">
            <FormField
              id="group-member"
              label={t('admin.group.member.person')}
              description={t('admin.group.member.personHint')}
              error={errorFor(errors, 'group-member')}
            >
              {(input) => (
                <Select
                  {...input}
                  value={userId}
                  onChange={(event) => setUserId(event.target.value)}
                >
                  <Select.Option value="">
                    {candidates.isPending ? t('app.loading') : t('admin.roles.choose')}
                  </Select.Option>
                  {available.map((candidate) => (
                    <Select.Option key={candidate.userId} value={candidate.userId}>
                      {candidate.displayName} ({candidate.organisation.name})
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
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
