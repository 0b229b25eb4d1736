import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Start – Schakel": the page's own name first, as screen reader users hear it first. A form
 * with errors puts their count in front (NL Design System): "(1 invoerfout) Inloggen – Schakel".
 */
export function usePageTitle(title: string, errorCount = 0): void {
  const { t } = useTranslation();
  useEffect(() => {
    const errors = errorCount > 0 ? `(${t('form.errorCount', { count: errorCount })}) ` : '';
    document.title = `${errors}${title} – ${t('app.name')}`;
  }, [title, errorCount, t]);
}
