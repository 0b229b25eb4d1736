import { Alert, Button, Column, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../../../shared/schemas/directory.js';
import { useDateTime } from '../../../lib/dates.js';
import { OutcomeAlert } from '../../admin/OutcomeAlert.js';
import { useAdminMutation } from '../../admin/useAdminMutation.js';
import { directoryEditApi } from './directoryEditApi.js';
import { useEntryChanged } from './directoryEditQueries.js';

/**
 * Whether the entry shows as "te controleren": not confirmed for 6 months. The server says so
 * (`profile.toBeChecked`); an older server that does not, says nothing.
 */
const toBeChecked = (profile: DirectoryEntry['profile']): boolean => profile.toBeChecked;

/** "Vermelding bevestigen": the organisation says its entry is current (last verified: now). */
export function VerifySection({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const changed = useEntryChanged(entry.id);
  const verify = useAdminMutation({
    mutationFn: () => directoryEditApi.verify(entry.id),
    done: () => t('directoryEdit.verify.done'),
    failedHeading: () => t('directoryEdit.verify.failed'),
    onSuccess: (profile) =>
      changed((current) => ({ ...current, profile: { ...current.profile, ...profile } })),
  });
  const { lastVerifiedAt } = entry.profile;

  return (
    <Column as="section" gap="small" aria-labelledby="verify-heading">
      <Heading level={2} id="verify-heading">
        {t('directoryEdit.verify.heading')}
      </Heading>
      {toBeChecked(entry.profile) && (
        <Alert heading={t('directoryEdit.verify.toBeChecked')} headingLevel={3} severity="warning">
          <Paragraph>{t('directoryEdit.verify.toBeCheckedBody')}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <strong>
          {lastVerifiedAt
            ? t('directoryEdit.verify.lastVerified', { when: dateTime(lastVerifiedAt) })
            : t('directoryEdit.verify.never')}
        </strong>
      </Paragraph>
      <Paragraph>{t('directoryEdit.verify.intro')}</Paragraph>
      <OutcomeAlert value={verify.feedback} headingLevel={3} />
      <div>
        <Button
          variant="secondary"
          onClick={() => {
            if (!verify.isPending) verify.mutate(undefined);
          }}
        >
          {verify.isPending ? t('form.busy') : t('directoryEdit.verify.submit')}
        </Button>
      </div>
    </Column>
  );
}
