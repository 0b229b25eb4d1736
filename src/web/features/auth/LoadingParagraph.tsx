import { Grid, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';

/** A page's place while it finds out who is signed in. */
export function LoadingParagraph() {
  const { t } = useTranslation();
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span="all">
        <Paragraph aria-busy="true">{t('app.loading')}</Paragraph>
      </Grid.Cell>
    </Grid>
  );
}
