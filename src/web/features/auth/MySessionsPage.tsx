import { Column, Grid, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { Me } from '../../../shared/schemas/session.js';
import { useMe } from '../../lib/queries.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths } from './authPaths.js';
import { isSignedIn } from './isSignedIn.js';
import { LoadingParagraph } from './LoadingParagraph.js';
import { PasskeysSection } from './PasskeysSection.js';
import { RecoveryCodesSection } from './RecoveryCodesSection.js';
import { SessionList } from './SessionList.js';

/** "Mijn sessies": where the user is signed in, their passkeys, and their recovery codes. */
export function MySessionsPage() {
  const me = useMe();
  if (me.isPending) return <LoadingParagraph />;
  if (!isSignedIn(me.data)) return <Navigate to={authPaths.signIn} replace />;
  return <MySessions me={me.data} />;
}

function MySessions({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [passkeyErrors, setPasskeyErrors] = useState(0);
  usePageTitle(t('sessions.title'), passkeyErrors);
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="x-large">
          <Column gap="large">
            <Heading level={1}>{t('sessions.heading')}</Heading>
            <Paragraph>
              {t('sessions.signedInAs', {
                name: me.user.displayName,
                organisation: me.user.organisation.name,
              })}
            </Paragraph>
          </Column>
          <Column as="section" gap="small" aria-labelledby="sessions-heading">
            <Heading level={2} id="sessions-heading">
              {t('sessions.listHeading')}
            </Heading>
            <Paragraph>{t('sessions.intro')}</Paragraph>
            <SessionList />
          </Column>
          <PasskeysSection onErrorCount={setPasskeyErrors} />
          {me.mfa.totp && <RecoveryCodesSection left={me.mfa.recoveryCodesLeft} />}
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
