import { Alert, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Shown when the organisation's provider sent the person back without a sign-in. */
export function SsoFailedNotice() {
  const { t } = useTranslation();
  const failed = new URLSearchParams(useLocation().search).get('sso') === 'mislukt';
  if (!failed) return null;
  return (
    <Alert heading={t('sso.failedHeading')} headingLevel={2} severity="warning">
      <Paragraph>{t('sso.failedBody')}</Paragraph>
    </Alert>
  );
}
