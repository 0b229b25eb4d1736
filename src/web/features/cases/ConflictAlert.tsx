import { Alert, Button, Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../lib/dates.js';
import { useFocusOnChange } from '../auth/useFocusOnChange.js';
import type { VersionConflict } from './caseMutation.js';

/**
 * "Someone else saved in the meantime": nothing of this save was written. Says what the others
 * changed (when, and which parts: never their text) and offers to load the latest version; what
 * the user typed stays in the form until they do.
 */
export function ConflictAlert({
  conflict,
  body,
  headingLevel,
  onReload,
}: {
  conflict: VersionConflict | undefined;
  /** What to say instead of the list of changes (an action keeps no list of its saves). */
  body?: string;
  headingLevel: 2 | 3;
  onReload(): void;
}) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const ref = useFocusOnChange<HTMLDivElement>(conflict);
  if (!conflict) return null;
  const changes = conflict.changedSince ?? [];
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      heading={t('cases.conflict.heading')}
      headingLevel={headingLevel}
      severity="error"
    >
      {body || changes.length === 0 ? (
        <Paragraph>{body ?? t('cases.conflict.body')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('cases.conflict.body')}</Paragraph>
          <UnorderedList>
            {changes.map((change) => (
              <UnorderedList.Item key={change.version}>
                {t('cases.conflict.change', {
                  at: dateTime(change.at),
                  fields: change.fields
                    .map((field) => t(`cases.field.${field}`, { defaultValue: field }))
                    .join(', '),
                })}
              </UnorderedList.Item>
            ))}
          </UnorderedList>
        </>
      )}
      <div>
        <Button variant="secondary" onClick={onReload}>
          {t('cases.conflict.reload')}
        </Button>
      </div>
    </Alert>
  );
}
