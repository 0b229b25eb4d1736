import { Alert, Column, Grid, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { mayEver } from '../../../shared/permissions.js';
import { ApiError } from '../../lib/api.js';
import { useDateTime } from '../../lib/dates.js';
import { QueryState } from '../../lib/QueryState.js';
import { useDevOutbox, useMe } from '../../lib/queries.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths } from '../auth/authPaths.js';
import { isSignedIn } from '../auth/isSignedIn.js';
import { LoadingParagraph } from '../auth/LoadingParagraph.js';
import { MailBody } from './MailBody.js';
import { NoAccess } from './NoAccess.js';

/**
 * "Postvak": without a mail server, Schakel keeps its mails (invitations, password links) here
 * instead of sending them, for administrators to pass on. Others are told, politely, no.
 */
export function OutboxPage() {
  const me = useMe();
  if (me.isPending) return <LoadingParagraph />;
  if (!isSignedIn(me.data)) return <Navigate to={authPaths.signIn} replace />;
  if (!mayEver(me.data.roles, 'mail-outbox.read')) return <NoAccess />;
  return <Outbox />;
}

function Outbox() {
  const { t } = useTranslation();
  const outbox = useDevOutbox(true);
  const dateTime = useDateTime();
  usePageTitle(t('outbox.title'));
  if (outbox.error instanceof ApiError && outbox.error.status === 403) return <NoAccess />;

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <Heading level={1}>{t('outbox.heading')}</Heading>
          <QueryState query={outbox}>
            {(data) => (
              <>
                {data.keepsMail ? (
                  <Paragraph>{t('outbox.intro')}</Paragraph>
                ) : (
                  <Alert heading={t('outbox.sendsMailHeading')} headingLevel={2}>
                    <Paragraph>{t('outbox.sendsMailBody')}</Paragraph>
                  </Alert>
                )}
                <Paragraph>{t('outbox.privacy')}</Paragraph>
                {data.items.length === 0 ? (
                  <Paragraph>{t('outbox.empty')}</Paragraph>
                ) : (
                  <ul className="schakel-sessions" aria-label={t('outbox.listLabel')}>
                    {data.items.map((mail) => (
                      <li key={mail.id} className="schakel-session">
                        <Heading level={2} size="level-4">
                          {mail.subject}
                        </Heading>
                        <Paragraph size="small">
                          {t('outbox.to', { to: mail.to })}
                          <br />
                          {t('outbox.keptAt', { date: dateTime(mail.createdAt) })}
                        </Paragraph>
                        <MailBody text={mail.body} />
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </QueryState>
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
