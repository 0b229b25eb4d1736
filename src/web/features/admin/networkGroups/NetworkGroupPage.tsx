import { Column, Grid, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { mayEver } from '../../../../shared/permissions.js';
import type { NetworkGroupDetail } from '../../../../shared/schemas/people.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { adminApi } from '../adminApi.js';
import { adminPaths } from '../adminPaths.js';
import { useNetworkGroup } from '../adminQueries.js';
import { NameForm } from '../NameForm.js';
import { PermissionGate } from '../PermissionGate.js';
import { RecordState } from '../RecordState.js';
import { useAdminMutation } from '../useAdminMutation.js';
import { GroupMembers } from './GroupMembers.js';
import { GroupOrganisations } from './GroupOrganisations.js';

/** /beheer/netwerkgroepen/:id — a network group's organisations and people. */
export function NetworkGroupPage() {
  const { id = '' } = useParams();
  return (
    <PermissionGate actions={['network-group-members.manage']}>
      {(me) => <NetworkGroup key={id} id={id} me={me} />}
    </PermissionGate>
  );
}

function NetworkGroup({ id, me }: { id: string; me: Me }) {
  const group = useNetworkGroup(id);
  return <RecordState query={group}>{(data) => <GroupDetails group={data} me={me} />}</RecordState>;
}

function GroupDetails({ group, me }: { group: NetworkGroupDetail; me: Me }) {
  const { t } = useTranslation();
  usePageTitle(group.name);
  // Coordinators and administrators also rename the group, appoint and remove directors.
  const managesGroups = mayEver(me.roles, 'network-groups.manage');

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <AdminBreadcrumb
            parent={{ href: adminPaths.networkGroups, label: t('admin.groups.heading') }}
          />
          <Heading level={1}>{group.name}</Heading>
          <Paragraph>{t('admin.group.district', { district: group.district.name })}</Paragraph>
          <Paragraph>{t('admin.group.intro')}</Paragraph>
        </Column>
      </Grid.Cell>
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="x-large">
          <GroupMembers group={group} managesGroups={managesGroups} />
          <GroupOrganisations group={group} />
          {managesGroups && <RenameGroup group={group} />}
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

function RenameGroup({ group }: { group: NetworkGroupDetail }) {
  const { t } = useTranslation();
  const rename = useAdminMutation({
    mutationFn: (name: string) => adminApi.renameNetworkGroup(group.id, name),
    done: () => t('admin.group.renamed'),
  });
  return (
    <NameForm
      id="group-rename"
      heading={t('admin.group.renameHeading')}
      label={t('admin.groups.name')}
      initial={group.name}
      maxLength={120}
      submitLabel={t('admin.group.rename')}
      save={rename}
    />
  );
}
