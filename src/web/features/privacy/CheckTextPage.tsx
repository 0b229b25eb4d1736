import { Column, Grid, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMe } from '../../lib/queries.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths } from '../auth/authPaths.js';
import { isSignedIn } from '../auth/isSignedIn.js';
import { LoadingParagraph } from '../auth/LoadingParagraph.js';
import { PersonalDataTextArea } from './PersonalDataTextArea.js';

/**
 * "Tekst controleren": a text checked for personal data before it goes to a case table. The
 * text stays in the browser — it is kept in this page's memory only, and never sent.
 */
export function CheckTextPage() {
  const me = useMe();
  if (me.isPending) return <LoadingParagraph />;
  if (!isSignedIn(me.data)) return <Navigate to={authPaths.signIn} replace />;
  return <CheckText />;
}

function CheckText() {
  const { t } = useTranslation();
  usePageTitle(t('privacy.page.title'));
  const [text, setText] = useState('');
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="x-large">
          <Column gap="small">
            <Heading level={1}>{t('privacy.page.heading')}</Heading>
            <Paragraph>{t('privacy.page.anonymous')}</Paragraph>
            <Paragraph>{t('privacy.page.howItWorks')}</Paragraph>
            <Paragraph>{t('privacy.page.browserOnly')}</Paragraph>
            <Paragraph>{t('privacy.page.overrideNote')}</Paragraph>
          </Column>
          <PersonalDataTextArea
            id="check-text"
            name="check-text"
            label={t('privacy.page.label')}
            description={t('privacy.page.description')}
            value={text}
            onChange={setText}
            rows={8}
          />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
