import { Badge, Button, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { sessionSummarySchema } from '../../../shared/schemas/session.js';
import { useDateTime } from '../../lib/dates.js';
import { describeDevice } from './describeDevice.js';

export type SessionSummary = z.infer<typeof sessionSummarySchema>;

/** One session: its device and times, marked when it is this one, else with a button to end it. */
export function SessionItem({
  session,
  ending,
  onEnd,
}: {
  session: SessionSummary;
  ending: boolean;
  onEnd(id: string): void;
}) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const device = describeDevice(t, session.userAgent);
  const lastSeen = dateTime(session.lastSeenAt);
  return (
    <li className="schakel-session">
      <Heading level={3} size="level-4">
        {device}
        {session.current && (
          <>
            {' '}
            <Badge label={t('sessions.current')} color="purple" />
          </>
        )}
      </Heading>
      <Paragraph size="small">
        {t('sessions.signedInAt', { date: dateTime(session.createdAt) })}
        <br />
        {t('sessions.lastSeen', { date: lastSeen })}
      </Paragraph>
      {!session.current && (
        <Button
          variant="secondary"
          aria-label={t('sessions.endLabel', { device, date: lastSeen })}
          onClick={() => !ending && onEnd(session.id)}
        >
          {t('sessions.end')}
        </Button>
      )}
    </li>
  );
}
