import { Grid, Heading, Link, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Heading level={1}>{t('notFound.heading')}</Heading>
        <Paragraph>{t('notFound.body')}</Paragraph>
        <Paragraph>
          <Link href="/" linkComponent={RouterLink}>
            {t('notFound.back')}
          </Link>
        </Paragraph>
      </Grid.Cell>
    </Grid>
  );
}
