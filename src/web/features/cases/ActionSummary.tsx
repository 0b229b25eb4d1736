import { Badge, Column, Paragraph, Row } from '@amsterdam/design-system-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/schemas/cases.js';
import { useDay } from '../../lib/dates.js';

/** One action as a list shows it: what, who, by when, its status, and what came of it. */
export function ActionSummary({ action, children }: { action: Action; children?: ReactNode }) {
  const { t } = useTranslation();
  const day = useDay();
  const owner = action.ownerUser
    ? t('cases.action.ownersWithPerson', {
        organisation: action.ownerOrganisation.name,
        person: action.ownerUser.displayName,
      })
    : t('cases.action.owners', { organisation: action.ownerOrganisation.name });
  return (
    <Column gap="x-small">
      {action.text && <Paragraph className="schakel-case-text">{action.text}</Paragraph>}
      <Row gap="small" wrap alignVertical="center">
        <Paragraph size="small">
          {owner} · {t('cases.action.due', { date: day(action.dueOn) })} ·{' '}
          {t(`cases.actionStatus.${action.status}`)}
        </Paragraph>
        {action.overdue && <Badge label={t('cases.action.overdue')} color="red" />}
      </Row>
      {action.result && <Paragraph size="small">{action.result}</Paragraph>}
      {children}
    </Column>
  );
}
