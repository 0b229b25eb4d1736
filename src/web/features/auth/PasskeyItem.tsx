import { Button, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { passkeyListSchema } from '../../../shared/schemas/session.js';
import { useDateTime } from '../../lib/dates.js';

export type PasskeySummary = z.infer<typeof passkeyListSchema>['items'][number];

/** One passkey: its name, when it was added and last used, and a button to remove it. */
export function PasskeyItem({
  passkey,
  removing,
  onRemove,
}: {
  passkey: PasskeySummary;
  removing: boolean;
  onRemove(passkey: PasskeySummary): void;
}) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  return (
    <li className="schakel-session">
      <Heading level={3} size="level-4">
        {passkey.name}
      </Heading>
      <Paragraph size="small">
        {t('passkey.addedAt', { date: dateTime(passkey.createdAt) })}
        <br />
        {passkey.lastUsedAt
          ? t('passkey.lastUsed', { date: dateTime(passkey.lastUsedAt) })
          : t('passkey.neverUsed')}
      </Paragraph>
      <Button
        variant="secondary"
        aria-label={t('passkey.removeLabel', { name: passkey.name })}
        onClick={() => !removing && onRemove(passkey)}
      >
        {t('passkey.remove')}
      </Button>
    </li>
  );
}
