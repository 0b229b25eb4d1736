import { useTranslation } from 'react-i18next';
import { MessagePage } from '../../lib/MessagePage.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('notFound.title')}
      heading={t('notFound.heading')}
      body={t('notFound.body')}
    />
  );
}
