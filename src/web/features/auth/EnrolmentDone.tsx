import { Alert, Button, Column, Grid, Heading } from '@amsterdam/design-system-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { RecoveryCodeList } from './RecoveryCodeList.js';

/** The app is set up: the recovery codes, once, then on to the start page. */
export function EnrolmentDone({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('totp.title'));
  // The form is gone: take the focus to what replaced it.
  useEffect(() => heading.current?.focus(), []);

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <Heading level={1} ref={heading} tabIndex={-1}>
            {t('recoveryCodes.heading')}
          </Heading>
          <Alert heading={t('totp.done')} headingLevel={2} severity="success" />
          <RecoveryCodeList codes={codes} />
          <div>
            <Button onClick={() => navigate('/', { replace: true })}>
              {t('recoveryCodes.continue')}
            </Button>
          </div>
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
