import { Breadcrumb } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../lib/RouterLink.js';
import { directoryPaths } from './directoryPaths.js';

/** The way back from an entry or a who-is-who to the directory's search. */
export function DirectoryBreadcrumb() {
  const { t } = useTranslation();
  return (
    <Breadcrumb accessibleName={t('directory.breadcrumb')} className="schakel-no-print">
      <Breadcrumb.Link href={directoryPaths.search} linkComponent={RouterLink}>
        {t('directory.home')}
      </Breadcrumb.Link>
    </Breadcrumb>
  );
}
