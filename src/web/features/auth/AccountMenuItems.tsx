import { PageHeader } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/schemas/session.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { authPaths } from './authPaths.js';
import { isSignedIn } from './isSignedIn.js';

/**
 * The header's account items: the user's name and "Uitloggen" when signed in, else "Inloggen".
 * The buttons are `fixed`: on a phone they stay in the header, beside the menu button.
 */
export function AccountMenuItems({
  me,
  onSignOut,
}: {
  me: Me | null | undefined;
  onSignOut(): void;
}) {
  const { t } = useTranslation();
  if (me === undefined) return null; // not known yet: no flash of "Inloggen"
  if (!isSignedIn(me)) {
    return (
      <PageHeader.MenuLink fixed href={authPaths.signIn} linkComponent={RouterLink}>
        {t('account.signIn')}
      </PageHeader.MenuLink>
    );
  }
  return (
    <>
      <li className="ams-page-header__menu-item">
        <span className="schakel-account-name">
          <span className="ams-visually-hidden">{t('account.signedInAs')} </span>
          {me.user.displayName}
        </span>
      </li>
      <PageHeader.MenuLink fixed linkComponent="button" type="button" onClick={onSignOut}>
        {t('account.signOut')}
      </PageHeader.MenuLink>
    </>
  );
}
