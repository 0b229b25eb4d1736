import {
  Alert,
  Grid,
  Heading,
  Link,
  Page,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useOutletContext } from 'react-router';
import { ApiError } from '../../lib/api.js';
import { chooseLanguage, otherLanguage } from '../../lib/i18n.js';
import { useInstance } from '../../lib/queries.js';
import { useFocusMainOnNavigate } from '../../lib/useFocusMainOnNavigate.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { directoryPaths } from '../directory/directoryPaths.js';
import { PublicLink } from './PublicLink.js';
import {
  emptySearch,
  type PublicSearch,
  usePublicDirectoryAvailability,
} from './publicDirectoryApi.js';
import { QuickExit } from './QuickExit.js';

/** What the pages share: the resident's search, kept in memory only, across the pages. */
interface PublicContext {
  search: PublicSearch;
  setSearch(search: PublicSearch): void;
}

export const usePublicContext = () => useOutletContext<PublicContext>();

/**
 * The frame of the public pages, for residents: none of the signed-in chrome (no sign-in link,
 * no menu, no account), but the quick exit first and always in view, the language switch, and
 * whom to call. What a resident searches for is kept in memory only — never in the address, in
 * the history or in the browser's storage — so that it is still there after opening an entry.
 */
export function PublicLayout() {
  const { t, i18n } = useTranslation();
  const switchTo = otherLanguage(i18n.resolvedLanguage);
  const instance = useInstance();
  const availability = usePublicDirectoryAvailability();
  const [search, setSearch] = useState<PublicSearch>(emptySearch);
  useFocusMainOnNavigate();

  const notPublic = availability.error instanceof ApiError && availability.error.status === 404;

  return (
    <Page>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <QuickExit />
      <PageHeader
        brandName={t('app.name')}
        logoLink={directoryPaths.publicSearch}
        logoLinkComponent={PublicLink}
        logoLinkTitle={t('publicDirectory.logoLinkTitle')}
        navigationLabel={t('publicDirectory.navigationLabel')}
        menuItems={
          <PageHeader.MenuLink
            fixed
            linkComponent="button"
            type="button"
            lang={switchTo}
            aria-label={t('language.switchToLabel')}
            onClick={() => chooseLanguage(switchTo)}
          >
            {t('language.switchTo')}
          </PageHeader.MenuLink>
        }
      />
      <main id="main" tabIndex={-1}>
        {instance.data?.demo && (
          <Grid paddingTop="large">
            <Grid.Cell span="all">
              <Alert heading={t('demo.heading')} headingLevel={2} severity="warning">
                <Paragraph>{t('demo.body')}</Paragraph>
              </Alert>
            </Grid.Cell>
          </Grid>
        )}
        {availability.isPending ? (
          <Grid paddingVertical="large">
            <Grid.Cell span="all">
              <Paragraph aria-busy="true">{t('app.loading')}</Paragraph>
            </Grid.Cell>
          </Grid>
        ) : notPublic ? (
          <NotPublic />
        ) : (
          <Outlet context={{ search, setSearch } satisfies PublicContext} />
        )}
        <WhomToCall />
      </main>
    </Page>
  );
}

/** With the setting off: a plain statement, not an error. */
function NotPublic() {
  const { t } = useTranslation();
  usePageTitle(t('publicDirectory.notPublic.title'));
  return (
    <Grid paddingTop="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Heading level={1}>{t('publicDirectory.notPublic.heading')}</Heading>
        <Paragraph>{t('publicDirectory.notPublic.body')}</Paragraph>
      </Grid.Cell>
    </Grid>
  );
}

/** The numbers to call, on every public page: 112 and Veilig Thuis (both free). */
function WhomToCall() {
  const { t } = useTranslation();
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }} as="section" aria-labelledby="help">
        <Heading level={2} size="level-3" id="help">
          {t('publicDirectory.help.heading')}
        </Heading>
        <Paragraph>
          <Link href="tel:112">{t('publicDirectory.help.emergency')}</Link>
        </Paragraph>
        <Paragraph>
          <Link href="tel:08002000">{t('publicDirectory.help.veiligThuis')}</Link>
        </Paragraph>
      </Grid.Cell>
    </Grid>
  );
}
