import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDetail } from '../../../../shared/schemas/people.js';
import type { FormError } from '../../../lib/formErrors.js';
import { adminApi } from '../adminApi.js';
import { refusal } from '../adminErrors.js';
import { useRefreshAdmin } from '../adminQueries.js';
import { NameForm } from '../NameForm.js';
import { type Outcome, outcome } from '../OutcomeAlert.js';

/** "Naam wijzigen": the name others see, for instance after a marriage or a typo. */
export function RenameAccountForm({ user }: { user: UserDetail }) {
  const { t } = useTranslation();
  const refresh = useRefreshAdmin();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [feedback, setFeedback] = useState<Outcome>();
  const rename = useMutation({
    mutationFn: (displayName: string) => adminApi.renameUser(user.id, displayName),
    onMutate: () => {
      setErrors([]);
      setFeedback(undefined);
    },
    onSuccess: () => {
      setFeedback(outcome(true, t('admin.account.renamed')));
      refresh();
    },
    onError: (error) => {
      setErrors([{ message: refusal(t, error) }]);
      setAttempt((count) => count + 1);
    },
  });
  return (
    <NameForm
      id="display-name"
      heading={t('admin.account.renameHeading')}
      label={t('admin.account.name')}
      description={t('admin.account.nameHint')}
      initial={user.displayName}
      maxLength={120}
      submitLabel={t('admin.account.rename')}
      busy={rename.isPending}
      errors={errors}
      attempt={attempt}
      feedback={feedback}
      onSave={(name) => rename.mutate(name)}
    />
  );
}
