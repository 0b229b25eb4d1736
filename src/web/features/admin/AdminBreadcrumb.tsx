import { Breadcrumb } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../lib/RouterLink.js';
import { adminPaths } from './adminPaths.js';

/** Where a manager's page sits: Beheer, and the section above it when there is one. */
export function AdminBreadcrumb({ parent }: { parent?: { href: string; label: string } }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb accessibleName={t('admin.breadcrumb')}>
      <Breadcrumb.Link href={adminPaths.overview} linkComponent={RouterLink}>
        {t('admin.overview.heading')}
      </Breadcrumb.Link>
      {parent && (
        <Breadcrumb.Link href={parent.href} linkComponent={RouterLink}>
          {parent.label}
        </Breadcrumb.Link>
      )}
    </Breadcrumb>
  );
}
