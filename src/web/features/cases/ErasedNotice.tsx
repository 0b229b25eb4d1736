import { Alert, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/schemas/cases.js';

/** Whether the case still takes text: not after its consent was withdrawn or its texts erased. */
export const takesText = (found: Case): boolean =>
  !found.consent.withdrawnAt && !found.narrativeErased;

/** The texts of this case were erased (consent withdrawn, or retention): only structure is left. */
export function ErasedNotice({ found }: { found: Case }) {
  const { t } = useTranslation();
  const reason =
    found.narrativeErased?.reason ?? (found.consent.withdrawnAt ? 'consent-withdrawn' : undefined);
  if (!reason) return null;
  return (
    <Alert heading={t('cases.status.closed')} headingLevel={2} severity="warning">
      <Paragraph>
        {t('cases.case.erased', { reason: t(`cases.case.erasedReason.${reason}`) })}
      </Paragraph>
    </Alert>
  );
}
