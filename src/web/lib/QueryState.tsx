import { Alert, Paragraph } from '@amsterdam/design-system-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.js';

/** Shows loading and failure the same way everywhere, and the data once it is there. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Paragraph aria-busy="true">{t('app.loading')}</Paragraph>;
  if (query.isError) {
    const requestId = query.error instanceof ApiError ? query.error.problem?.requestId : undefined;
    return (
      <Alert heading={t('app.loadError')} headingLevel={3} severity="error">
        {requestId && <Paragraph>{t('app.requestId', { id: requestId })}</Paragraph>}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
