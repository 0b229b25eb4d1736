import { useTranslation } from 'react-i18next';
import type { UserDetail } from '../../../../shared/schemas/people.js';
import { adminApi } from '../adminApi.js';
import { NameForm } from '../NameForm.js';
import { useAdminMutation } from '../useAdminMutation.js';

/** "Naam wijzigen": the name others see, for instance after a marriage or a typo. */
export function RenameAccountForm({ user }: { user: UserDetail }) {
  const { t } = useTranslation();
  const rename = useAdminMutation({
    mutationFn: (displayName: string) => adminApi.renameUser(user.id, displayName),
    done: () => t('admin.account.renamed'),
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
      save={rename}
    />
  );
}
