import {
  Button,
  Column,
  Field,
  Grid,
  Heading,
  Label,
  Link,
  Paragraph,
  Row,
  Select,
  Table,
  TextInput,
} from '@amsterdam/design-system-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type UserStatus, userStatuses } from '../../../../shared/schemas/people.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { EmailText } from '../../../lib/EmailText.js';
import { PageLinks, pageFrom } from '../../../lib/PageLinks.js';
import { QueryState } from '../../../lib/QueryState.js';
import { RouterLink } from '../../../lib/RouterLink.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { AdminTable } from '../AdminTable.js';
import { adminPaths } from '../adminPaths.js';
import { adminQueryKey, useUsers } from '../adminQueries.js';
import { districtReach } from '../districtReach.js';
import { PermissionGate } from '../PermissionGate.js';
import { describeRole, statusName } from '../roleText.js';

/** "Accounts": the accounts a manager looks after, searched by name or e-mail address. */
export function AccountsPage() {
  return <PermissionGate actions={['users.manage']}>{(me) => <Accounts me={me} />}</PermissionGate>;
}

interface AccountSearch {
  q?: string | undefined;
  status?: UserStatus | undefined;
}
const searchKey = [...adminQueryKey, 'accounts-search'];

function Accounts({ me }: { me: Me }) {
  const { t } = useTranslation();
  usePageTitle(t('admin.accounts.title'));
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  // The search terms never go in the address (they can be a name): they stay in memory, until
  // sign-out, so that going back from an account finds the same list.
  const queryClient = useQueryClient();
  const [search, setSearch] = useState(
    () => queryClient.getQueryData<AccountSearch>(searchKey) ?? {},
  );
  const [q, setQ] = useState(search.q ?? '');
  const [status, setStatus] = useState<UserStatus | ''>(search.status ?? '');
  const users = useUsers({ ...search, page });
  // The districts whose people a coordinator manages, by name; empty for an administrator.
  const districts = (districtReach(me, 'users.manage') ?? []).map((district) => district.name);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = { q: q.trim() || undefined, status: status || undefined };
    setSearch(next);
    queryClient.setQueryData(searchKey, next);
    if (page !== 1) setParams({});
  }

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span="all">
        <Column gap="large">
          <AdminBreadcrumb />
          <Heading level={1}>{t('admin.accounts.heading')}</Heading>
          <Paragraph>
            {districts.length > 0
              ? t('admin.accounts.introCoordinator', { districts: districts.join(', ') })
              : t('admin.accounts.introAdmin')}
          </Paragraph>
          <Paragraph>
            <Link href={adminPaths.invite} linkComponent={RouterLink}>
              {t('admin.invite.link')}
            </Link>
          </Paragraph>
        </Column>
      </Grid.Cell>
      <Grid.Cell span="all" as="section" aria-labelledby="search-heading">
        <Heading level={2} size="level-3" id="search-heading">
          {t('admin.accounts.searchHeading')}
        </Heading>
        <form aria-labelledby="search-heading" onSubmit={submit}>
          <Row gap="large" wrap alignVertical="end">
            <Field className="schakel-search-field">
              <Label htmlFor="account-q">{t('admin.accounts.q')}</Label>
              <TextInput
                id="account-q"
                name="q"
                autoComplete="off"
                spellCheck={false}
                value={q}
                onChange={(event) => setQ(event.target.value)}
              />
            </Field>
            <Field>
              <Label htmlFor="account-status">{t('admin.accounts.status')}</Label>
              <Select
                id="account-status"
                value={status}
                onChange={(event) => setStatus(event.target.value as UserStatus | '')}
              >
                <Select.Option value="">{t('admin.accounts.anyStatus')}</Select.Option>
                {userStatuses.map((value) => (
                  <Select.Option key={value} value={value}>
                    {statusName(t, value)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <div>
              <Button type="submit">{t('admin.accounts.search')}</Button>
            </div>
          </Row>
        </form>
      </Grid.Cell>
      <Grid.Cell span="all">
        <QueryState query={users}>
          {(data) =>
            data.items.length === 0 ? (
              <Paragraph>{t('admin.accounts.none')}</Paragraph>
            ) : (
              <Column gap="large">
                <AdminTable
                  captionId="accounts-caption"
                  caption={t('admin.accounts.caption', { count: data.total })}
                  columns={[
                    t('admin.accounts.name'),
                    t('admin.accounts.email'),
                    t('admin.accounts.organisation'),
                    t('admin.accounts.roles'),
                    t('admin.accounts.status'),
                  ]}
                  items={data.items}
                  row={(user) => (
                    <Table.Row key={user.id}>
                      <Table.Cell>
                        <Link href={adminPaths.account(user.id)} linkComponent={RouterLink}>
                          {user.displayName}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>
                        <EmailText address={user.email} />
                      </Table.Cell>
                      <Table.Cell>{user.organisation.name}</Table.Cell>
                      <Table.Cell>
                        {user.roles.map((role) => describeRole(t, role)).join(', ') ||
                          t('admin.accounts.noRoles')}
                      </Table.Cell>
                      <Table.Cell>{statusName(t, user.status)}</Table.Cell>
                    </Table.Row>
                  )}
                />
                <PageLinks list={data} params={params} />
              </Column>
            )
          }
        </QueryState>
      </Grid.Cell>
    </Grid>
  );
}
