import { Grid, Heading, Link, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';

/** A page the signed-in user's role does not open: said kindly, with a way back. */
export function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Heading level={1}>{t('noAccess.heading')}</Heading>
        <Paragraph>{t('noAccess.body')}</Paragraph>
        <Paragraph>
          <Link href="/" linkComponent={RouterLink}>
            {t('notFound.back')}
          </Link>
        </Paragraph>
      </Grid.Cell>
    </Grid>
  );
}
