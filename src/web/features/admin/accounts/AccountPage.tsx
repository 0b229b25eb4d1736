import {
  Column,
  DescriptionList,
  Grid,
  Heading,
  Link,
  Paragraph,
} from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { mayEver } from '../../../../shared/permissions.js';
import type { UserDetail } from '../../../../shared/schemas/people.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { useDateTime } from '../../../lib/dates.js';
import { EmailText } from '../../../lib/EmailText.js';
import { RouterLink } from '../../../lib/RouterLink.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { adminPaths } from '../adminPaths.js';
import { useUser } from '../adminQueries.js';
import { auditTrailHref } from '../audit/auditFilters.js';
import { OutcomeAlert, outcome } from '../OutcomeAlert.js';
import { PermissionGate } from '../PermissionGate.js';
import { RecordState } from '../RecordState.js';
import { statusName } from '../roleText.js';
import { AccountActions } from './AccountActions.js';
import { RenameAccountForm } from './RenameAccountForm.js';
import { RolesSection } from './RolesSection.js';

/** What the invitation form tells the account page it leads to. */
export interface AccountPageState {
  invited?: boolean;
}

/** /beheer/accounts/:id — one account: its details, roles, name and access. */
export function AccountPage() {
  const { id = '' } = useParams();
  return (
    <PermissionGate actions={['users.manage']}>
      {(me) => <Account key={id} id={id} me={me} />}
    </PermissionGate>
  );
}

function Account({ id, me }: { id: string; me: Me }) {
  const user = useUser(id);
  return <RecordState query={user}>{(data) => <AccountDetails user={data} me={me} />}</RecordState>;
}

function AccountDetails({ user, me }: { user: UserDetail; me: Me }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const invited = (useLocation().state as AccountPageState | null)?.invited === true;
  const [invitedNotice] = useState(() =>
    invited ? outcome(true, t('admin.invite.sent'), t('admin.invite.sentBody')) : undefined,
  );
  usePageTitle(t('admin.account.title', { name: user.displayName }));
  const self = user.id === me.user.id;

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <AdminBreadcrumb
            parent={{ href: adminPaths.accounts, label: t('admin.accounts.heading') }}
          />
          <Heading level={1}>{user.displayName}</Heading>
          <OutcomeAlert value={invitedNotice} headingLevel={2} />
          <DescriptionList termsWidth="medium">
            <DescriptionList.Term>{t('admin.account.email')}</DescriptionList.Term>
            <DescriptionList.Description>
              <EmailText address={user.email} />
            </DescriptionList.Description>
            <DescriptionList.Term>{t('admin.account.organisation')}</DescriptionList.Term>
            <DescriptionList.Description>{user.organisation.name}</DescriptionList.Description>
            <DescriptionList.Term>{t('admin.account.status')}</DescriptionList.Term>
            <DescriptionList.Description>{statusName(t, user.status)}</DescriptionList.Description>
            <DescriptionList.Term>{t('admin.account.createdAt')}</DescriptionList.Term>
            <DescriptionList.Description>{dateTime(user.createdAt)}</DescriptionList.Description>
            <DescriptionList.Term>{t('admin.account.secondFactor')}</DescriptionList.Term>
            <DescriptionList.Description>
              {user.mfa.totp ? t('admin.account.appSet') : t('admin.account.appNotSet')}
              <br />
              {t('admin.account.passkeys', { count: user.mfa.passkeys })}
            </DescriptionList.Description>
            <DescriptionList.Term>{t('admin.account.sessions')}</DescriptionList.Term>
            <DescriptionList.Description>
              {t('admin.account.liveSessions', { count: user.liveSessions })}
            </DescriptionList.Description>
          </DescriptionList>
          {mayEver(me.roles, 'audit.read') && (
            <Paragraph>
              <Link
                href={auditTrailHref({ resourceType: 'user', resourceId: user.id })}
                linkComponent={RouterLink}
              >
                {t('admin.account.auditAbout')}
              </Link>
              <br />
              <Link href={auditTrailHref({ user: user.id })} linkComponent={RouterLink}>
                {t('admin.account.auditBy')}
              </Link>
            </Paragraph>
          )}
        </Column>
      </Grid.Cell>
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="x-large">
          <RolesSection user={user} me={me} />
          <RenameAccountForm user={user} />
          <AccountActions user={user} self={self} />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
