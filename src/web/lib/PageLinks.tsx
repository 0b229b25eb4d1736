import { Pagination } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RouterLink } from './RouterLink.js';

/** The page number in the address (`?page=2`): page numbers say nothing about anyone. */
export function pageFrom(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return Number.isFinite(page) && page > 1 ? page : 1;
}

/**
 * Links to the other pages of a list, keeping the rest of the address's query (its filters).
 * Shows nothing when everything fits on one page.
 */
export function PageLinks({
  list: { page, pageSize, total },
  params,
}: {
  /** The page of the list as the API gave it. */
  list: { page: number; pageSize: number; total: number };
  params: URLSearchParams;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const linkTemplate = (target: number) => {
    const next = new URLSearchParams(params);
    if (target === 1) next.delete('page');
    else next.set('page', String(target));
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  return (
    <Pagination
      accessibleName={t('paging.label')}
      currentPageAccessibleName={t('paging.current')}
      pageAccessibleName={t('paging.page')}
      previousAccessibleName={t('paging.previousLabel')}
      previousLabel={t('paging.previous')}
      nextAccessibleName={t('paging.nextLabel')}
      nextLabel={t('paging.next')}
      linkComponent={RouterLink}
      linkTemplate={linkTemplate}
      page={Math.min(page, totalPages)}
      totalPages={totalPages}
    />
  );
}
