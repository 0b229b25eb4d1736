import { Button, Column, Heading } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleGrant, UserDetail } from '../../../../shared/schemas/people.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { adminApi } from '../adminApi.js';
import { OutcomeAlert } from '../OutcomeAlert.js';
import { roleName } from '../roleText.js';
import { useAdminMutation } from '../useAdminMutation.js';
import {
  noRoleChoice,
  type RoleChoice,
  RoleFields,
  roleChoiceErrors,
  roleServerFields,
  toGrant,
} from './RoleFields.js';

const prefix = 'grant';

/** "Rol geven": a role with its district or network group. */
export function GrantRoleForm({ user, me }: { user: UserDetail; me: Me }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<RoleChoice>(noRoleChoice);
  const grant = useAdminMutation({
    mutationFn: (input: RoleGrant) => adminApi.grantRole(user.id, input),
    done: (_, input) => t('admin.roles.granted', { role: roleName(t, input.role) }),
    onSuccess: () => setChoice(noRoleChoice),
    fields: roleServerFields(t, prefix),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (grant.isPending) return;
    grant.setFeedback(undefined);
    const found = roleChoiceErrors(t, prefix, choice);
    grant.showErrors(found);
    if (found.length === 0 && choice.role) grant.mutate(toGrant({ ...choice, role: choice.role }));
  }

  return (
    <Column gap="small">
      <Heading level={3} id="grant-heading">
        {t('admin.roles.grantHeading')}
      </Heading>
      <OutcomeAlert value={grant.feedback} headingLevel={4} />
      <ErrorSummary errors={grant.errors} attempt={grant.attempt} />
      <form noValidate aria-labelledby="grant-heading" onSubmit={submit}>
        <Column gap="large">
          <RoleFields
            prefix={prefix}
            me={me}
            value={choice}
            onChange={setChoice}
            errors={grant.errors}
          />
          <div>
            <Button type="submit" variant="secondary">
              {grant.isPending ? t('form.busy') : t('admin.roles.grant')}
            </Button>
          </div>
        </Column>
      </form>
    </Column>
  );
}
