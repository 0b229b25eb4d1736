import { useTranslation } from 'react-i18next';
import { MessagePage } from '../../lib/MessagePage.js';

/** A page the signed-in user's role does not open: said kindly, with a way back. */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('noAccess.title')}
      heading={t('noAccess.heading')}
      body={t('noAccess.body')}
    />
  );
}
