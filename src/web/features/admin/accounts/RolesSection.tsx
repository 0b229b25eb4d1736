import { Button, Column, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment, UserDetail } from '../../../../shared/schemas/people.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { adminApi } from '../adminApi.js';
import { OutcomeAlert } from '../OutcomeAlert.js';
import { describeRole } from '../roleText.js';
import { useAdminMutation } from '../useAdminMutation.js';
import { GrantRoleForm } from './GrantRoleForm.js';

const isAdmin = (me: Me) => me.roles.some((assignment) => assignment.role === 'admin');

/** The account's roles, each with a button to take it away, and the form to give one. */
export function RolesSection({ user, me }: { user: UserDetail; me: Me }) {
  const { t } = useTranslation();
  const revoke = useAdminMutation({
    mutationFn: (role: RoleAssignment) => adminApi.revokeRole(user.id, role.id),
    done: (_, role) => t('admin.roles.revoked', { role: describeRole(t, role) }),
    failedHeading: (role) => t('admin.roles.revokeFailed', { role: describeRole(t, role) }),
    conflict: { message: t('admin.roles.revokeConflict') },
    refreshOnFailure: true,
  });

  // Only administrators touch the administrator role; nobody their own.
  const mayRevoke = (role: RoleAssignment) =>
    role.role !== 'admin' || (isAdmin(me) && user.id !== me.user.id);

  return (
    <Column as="section" gap="large" aria-labelledby="roles-heading">
      <Column gap="small">
        <Heading level={2} id="roles-heading">
          {t('admin.roles.heading')}
        </Heading>
        <Paragraph>{t('admin.roles.intro')}</Paragraph>
        <OutcomeAlert value={revoke.feedback} headingLevel={3} />
        {user.roles.length === 0 ? (
          <Paragraph>{t('admin.roles.none')}</Paragraph>
        ) : (
          <ul className="schakel-sessions" aria-label={t('admin.roles.listLabel')}>
            {user.roles.map((role) => (
              <li key={role.id} className="schakel-session">
                <Paragraph>
                  <strong>{describeRole(t, role)}</strong>
                </Paragraph>
                {mayRevoke(role) && (
                  <Button
                    variant="secondary"
                    aria-label={t('admin.roles.revokeLabel', { role: describeRole(t, role) })}
                    onClick={() => !revoke.isPending && revoke.mutate(role)}
                  >
                    {t('admin.roles.revoke')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Column>
      <GrantRoleForm user={user} me={me} />
    </Column>
  );
}
