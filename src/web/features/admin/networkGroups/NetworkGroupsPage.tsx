import { Column, Grid, Heading, Link, Paragraph, Table } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { mayEver } from '../../../../shared/permissions.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { QueryState } from '../../../lib/QueryState.js';
import { RouterLink } from '../../../lib/RouterLink.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { AdminTable } from '../AdminTable.js';
import { adminPaths } from '../adminPaths.js';
import { useNetworkGroups } from '../adminQueries.js';
import { PermissionGate } from '../PermissionGate.js';
import { NewNetworkGroupForm } from './NewNetworkGroupForm.js';

/** /beheer/netwerkgroepen — the network groups this person looks after. */
export function NetworkGroupsPage() {
  return (
    <PermissionGate actions={['network-group-members.manage']}>
      {(me) => <NetworkGroups me={me} />}
    </PermissionGate>
  );
}

function NetworkGroups({ me }: { me: Me }) {
  const { t } = useTranslation();
  usePageTitle(t('admin.groups.title'));
  const groups = useNetworkGroups();
  const mayCreate = mayEver(me.roles, 'network-groups.manage');

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span="all">
        <Column gap="large">
          <AdminBreadcrumb />
          <Heading level={1}>{t('admin.groups.heading')}</Heading>
          <Paragraph>
            {mayCreate ? t('admin.groups.intro') : t('admin.groups.introDirector')}
          </Paragraph>
          <QueryState query={groups}>
            {(data) =>
              data.items.length === 0 ? (
                <Paragraph>{t('admin.groups.none')}</Paragraph>
              ) : (
                <AdminTable
                  captionId="groups-caption"
                  caption={t('admin.groups.caption', { count: data.items.length })}
                  columns={[
                    t('admin.groups.name'),
                    t('admin.groups.district'),
                    { label: t('admin.groups.organisations'), align: 'end' },
                    { label: t('admin.groups.people'), align: 'end' },
                  ]}
                  items={data.items}
                  row={(group) => (
                    <Table.Row key={group.id}>
                      <Table.Cell>
                        <Link href={adminPaths.networkGroup(group.id)} linkComponent={RouterLink}>
                          {group.name}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{group.district.name}</Table.Cell>
                      <Table.Cell align="end">{group.organisationCount}</Table.Cell>
                      <Table.Cell align="end">{group.memberCount}</Table.Cell>
                    </Table.Row>
                  )}
                />
              )
            }
          </QueryState>
        </Column>
      </Grid.Cell>
      {mayCreate && (
        <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
          <NewNetworkGroupForm me={me} />
        </Grid.Cell>
      )}
    </Grid>
  );
}
