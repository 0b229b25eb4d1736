import { Button, Column, Heading } from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoleGrant, UserDetail } from '../../../../shared/schemas/people.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import type { FormError } from '../../../lib/formErrors.js';
import { adminApi } from '../adminApi.js';
import { refusal, serverFieldErrors } from '../adminErrors.js';
import { useRefreshAdmin } from '../adminQueries.js';
import { type Outcome, OutcomeAlert, outcome } from '../OutcomeAlert.js';
import { roleName } from '../roleText.js';
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
  const refresh = useRefreshAdmin();
  const [choice, setChoice] = useState<RoleChoice>(noRoleChoice);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [feedback, setFeedback] = useState<Outcome>();

  const failed = (found: FormError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };

  const grant = useMutation({
    mutationFn: (input: RoleGrant) => adminApi.grantRole(user.id, input),
    onSuccess: (_, input) => {
      setChoice(noRoleChoice);
      setFeedback(outcome(true, t('admin.roles.granted', { role: roleName(t, input.role) })));
      refresh();
    },
    onError: (error) => {
      const fields = serverFieldErrors(t, error, roleServerFields(t, prefix));
      failed(fields.length > 0 ? fields : [{ message: refusal(t, error) }]);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (grant.isPending) return;
    setFeedback(undefined);
    const found = roleChoiceErrors(t, prefix, choice);
    failed(found);
    if (found.length === 0 && choice.role) grant.mutate(toGrant({ ...choice, role: choice.role }));
  }

  return (
    <Column gap="small">
      <Heading level={3} id="grant-heading">
        {t('admin.roles.grantHeading')}
      </Heading>
      <OutcomeAlert value={feedback} headingLevel={4} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form noValidate aria-labelledby="grant-heading" onSubmit={submit}>
        <Column gap="large">
          <RoleFields prefix={prefix} me={me} value={choice} onChange={setChoice} errors={errors} />
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
