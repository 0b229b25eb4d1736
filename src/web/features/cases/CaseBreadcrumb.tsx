import { Breadcrumb } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/schemas/cases.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { casesPaths } from './casesPaths.js';

/** Where a case's page sits: the cases, and (below the case) the case itself. */
export function CaseBreadcrumb({ found }: { found?: Case }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb accessibleName={t('cases.breadcrumb')}>
      <Breadcrumb.Link href={casesPaths.list} linkComponent={RouterLink}>
        {t('cases.list.heading')}
      </Breadcrumb.Link>
      {found && (
        <Breadcrumb.Link href={casesPaths.case(found.id)} linkComponent={RouterLink}>
          {found.code}
        </Breadcrumb.Link>
      )}
    </Breadcrumb>
  );
}
