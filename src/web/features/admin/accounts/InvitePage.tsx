import {
  Button,
  Column,
  Grid,
  Heading,
  Paragraph,
  Select,
  TextInput,
} from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../../shared/schemas/session.js';
import { ApiError } from '../../../lib/api.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { FormField } from '../../../lib/FormField.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { adminApi, type Invitation } from '../adminApi.js';
import { refusal, serverFieldErrors } from '../adminErrors.js';
import { adminPaths } from '../adminPaths.js';
import { useOrganisationPage, useRefreshAdmin } from '../adminQueries.js';
import { PermissionGate } from '../PermissionGate.js';
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
  const refresh = useRefreshAdmin();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<RoleChoice>(noRoleChoice);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('admin.invite.title'), errors.length);

  const admin = me.roles.some((assignment) => assignment.role === 'admin');
  const ownDistricts = me.roles.flatMap((assignment) =>
    assignment.role === 'coordinator' && assignment.district ? [assignment.district.code] : [],
  );
  const organisations = useOrganisationPage({});
  const organisationOptions = (organisations.data?.items ?? []).filter(
    (organisation) =>
      admin || organisation.districts.some((district) => ownDistricts.includes(district.code)),
  );

  const failed = (found: FormError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };

  const invite = useMutation({
    mutationFn: adminApi.invite,
    onSuccess: async ({ userId }) => {
      refresh();
      const state: AccountPageState = { invited: true };
      await navigate(adminPaths.account(userId), { state });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        failed([{ field: 'invite-email', message: t('admin.invite.emailTaken') }]);
        return;
      }
      const fields = serverFieldErrors(t, error, {
        email: { field: 'invite-email', message: t('admin.invite.emailInvalid') },
        displayName: { field: 'invite-name', message: t('admin.name.missing') },
        organisationId: { field: 'invite-organisation', message: t('admin.invite.orgUnknown') },
        ...roleServerFields(t, prefix),
      });
      failed(fields.length > 0 ? fields : [{ message: refusal(t, error) }]);
    },
  });

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
    failed(found);
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
          <ErrorSummary errors={errors} attempt={attempt} />
          <Paragraph>{t('admin.invite.intro')}</Paragraph>
          <form noValidate onSubmit={submit}>
            <Column gap="large">
              <FormField
                id="invite-name"
                label={t('admin.invite.name')}
                description={t('admin.invite.nameHint')}
                error={errorFor(errors, 'invite-name')}
              >
                {(input) => (
                  <TextInput
                    {...input}
                    name="displayName"
                    autoComplete="off"
                    value={displayName}
                    onChange={(event) => setDisplayName(event.target.value)}
                  />
                )}
              </FormField>
              <FormField
                id="invite-email"
                label={t('admin.invite.email')}
                description={t('admin.invite.emailHint')}
                error={errorFor(errors, 'invite-email')}
              >
                {(input) => (
                  <TextInput
                    {...input}
                    type="email"
                    name="email"
                    autoComplete="off"
                    spellCheck={false}
                    autoCapitalize="none"
                    value={email}
                    onChange={(event) => setEmail(event.target.value)}
                  />
                )}
              </FormField>
              <FormField
                id="invite-organisation"
                label={t('admin.invite.organisation')}
                error={errorFor(errors, 'invite-organisation')}
              >
                {(input) => (
                  <Select
                    {...input}
                    value={organisationId}
                    onChange={(event) => setOrganisationId(event.target.value)}
                  >
                    <Select.Option value="">
                      {organisations.isPending ? t('app.loading') : t('admin.roles.choose')}
                    </Select.Option>
                    {organisationOptions.map((organisation) => (
                      <Select.Option key={organisation.id} value={organisation.id}>
                        {organisation.name}
                      </Select.Option>
                    ))}
                  </Select>
                )}
              </FormField>
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
