import { Badge } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from '../../../shared/schemas/organisation.js';

/** "Te controleren": the organisation has not confirmed its entry for six months. */
export function ToBeCheckedBadge() {
  const { t } = useTranslation();
  return <Badge color="orange" label={t('directory.toBeChecked')} />;
}

/** The badge colours of the two kinds of partner: both readable (WCAG AA contrast). */
export const kindColour: Record<OrganisationKind, 'lime' | 'purple'> = {
  informal: 'lime',
  formal: 'purple',
};
