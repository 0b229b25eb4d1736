import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Start – Schakel": the page's own name first, as screen reader users hear it first. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
}
