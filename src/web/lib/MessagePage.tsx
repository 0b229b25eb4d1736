import { Grid, Heading, Link, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from './RouterLink.js';
import { usePageTitle } from './usePageTitle.js';

/** A page that only says something (not found, no access), with the way back to the start. */
export function MessagePage({
  title,
  heading,
  body,
}: {
  title: string;
  heading: string;
  body: string;
}) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Heading level={1}>{heading}</Heading>
        <Paragraph>{body}</Paragraph>
        <Paragraph>
          <Link href="/" linkComponent={RouterLink}>
            {t('notFound.back')}
          </Link>
        </Paragraph>
      </Grid.Cell>
    </Grid>
  );
}
