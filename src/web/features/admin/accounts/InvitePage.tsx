import { Button, Column, Grid, Heading, Paragraph } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../../shared/schemas/session.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import type { FormError } from '../../../lib/formErrors.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { adminApi, type Invitation } from '../adminApi.js';
import { adminPaths } from '../adminPaths.js';
import { useOrganisationPage } from '../adminQueries.js';
import { ChoiceField } from '../ChoiceField.js';
import { districtReach, withinReach } from '../districtReach.js';
import { PermissionGate } from '../PermissionGate.js';
import { TextField } from '../TextField.js';
import { useAdminMutation } from '../useAdminMutation.js';
import type { AccountPageState } from './AccountPage.js';
import {
  noRoleChoice,
  type RoleChoice,
  RoleFields,
  roleChoiceErrors,
  roleServerFields,
  toGrant,
} from './RoleFields.js';

const prefix = 'invite';
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** /beheer/accounts/uitnodigen — a new account: the person gets a mail to choose a password. */
export function InvitePage() {
  return (
    <PermissionGate actions={['users.manage']}>{(me) => <InviteForm me={me} />}</PermissionGate>
  );
}

function InviteForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<RoleChoice>(noRoleChoice);
  const invite = useAdminMutation({
    mutationFn: adminApi.invite,
    onSuccess: ({ userId }) => {
      const state: AccountPageState = { invited: true };
      return navigate(adminPaths.account(userId), { state });
    },
    conflict: { field: 'invite-email', message: t('admin.invite.emailTaken') },
    fields: {
      email: { field: 'invite-email', message: t('admin.invite.emailInvalid') },
      displayName: { field: 'invite-name', message: t('admin.name.missing') },
      organisationId: { field: 'invite-organisation', message: t('admin.invite.orgUnknown') },
      ...roleServerFields(t, prefix),
    },
  });
  const { errors } = invite;
  usePageTitle(t('admin.invite.title'), errors.length);

  const reach = districtReach(me, 'users.manage');
  const organisations = useOrganisationPage({});
  const organisationOptions = (organisations.data?.items ?? []).filter(
    (organisation) =>
      !reach || organisation.districts.some((district) => withinReach(reach, district.code)),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    const found: FormError[] = [];
    const name = displayName.trim();
    const address = email.trim();
    if (!name) found.push({ field: 'invite-name', message: t('admin.invite.nameMissing') });
    else if ([...name].length > 120) {
      found.push({ field: 'invite-name', message: t('admin.name.tooLong', { max: 120 }) });
    }
    if (!address) found.push({ field: 'invite-email', message: t('admin.invite.emailMissing') });
    else if (!emailPattern.test(address)) {
      found.push({ field: 'invite-email', message: t('admin.invite.emailInvalid') });
    }
    if (!organisationId) {
      found.push({ field: 'invite-organisation', message: t('admin.invite.orgMissing') });
    }
    found.push(...roleChoiceErrors(t, prefix, role));
    invite.showErrors(found);
    if (found.length === 0 && role.role) {
      const invitation: Invitation = {
        displayName: name,
        email: address,
        organisationId,
        ...toGrant({ ...role, role: role.role }),
      };
      invite.mutate(invitation);
    }
  }

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <AdminBreadcrumb
            parent={{ href: adminPaths.accounts, label: t('admin.accounts.heading') }}
          />
          <Heading level={1}>{t('admin.invite.heading')}</Heading>
          <ErrorSummary errors={errors} attempt={invite.attempt} />
          <Paragraph>{t('admin.invite.intro')}</Paragraph>
          <form noValidate onSubmit={submit}>
            <Column gap="large">
              <TextField
                id="invite-name"
                label={t('admin.invite.name')}
                description={t('admin.invite.nameHint')}
                errors={errors}
                name="displayName"
                value={displayName}
                onChange={setDisplayName}
              />
              <TextField
                id="invite-email"
                label={t('admin.invite.email')}
                description={t('admin.invite.emailHint')}
                errors={errors}
                type="email"
                name="email"
                spellCheck={false}
                autoCapitalize="none"
                value={email}
                onChange={setEmail}
              />
              <ChoiceField
                id="invite-organisation"
                label={t('admin.invite.organisation')}
                errors={errors}
                value={organisationId}
                onChange={setOrganisationId}
                loading={organisations.isPending}
                options={organisationOptions.map((organisation) => ({
                  value: organisation.id,
                  label: organisation.name,
                }))}
              />
              <RoleFields prefix={prefix} me={me} value={role} onChange={setRole} errors={errors} />
              <div>
                <Button type="submit">
                  {invite.isPending ? t('form.busy') : t('admin.invite.submit')}
                </Button>
              </div>
            </Column>
          </form>
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
