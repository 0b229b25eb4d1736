import { Alert, Button, Column, Grid, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle.js';

/** A passkey is the first second step: advice to add another, as there are no recovery codes. */
export function PasskeyEnrolmentDone({ name }: { name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('passkey.enrolDoneTitle'));
  // The form is gone: take the focus to what replaced it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <Heading level={1} ref={heading} tabIndex={-1}>
            {t('passkey.enrolDoneHeading')}
          </Heading>
          <Alert heading={t('passkey.added', { name })} headingLevel={2} severity="success">
            <Paragraph>{t('passkey.addedBody')}</Paragraph>
          </Alert>
          <Paragraph>{t('passkey.enrolDoneAdvice')}</Paragraph>
          <div>
            <Button onClick={() => navigate('/', { replace: true })}>
              {t('passkey.enrolDoneContinue')}
            </Button>
          </div>
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
