import {
  Alert,
  Grid,
  LinkList,
  Page,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { type Action, mayEver } from '../../shared/permissions.js';
import { adminPaths, adminSections } from '../features/admin/adminPaths.js';
import { AccountMenuItems } from '../features/auth/AccountMenuItems.js';
import { authPaths } from '../features/auth/authPaths.js';
import { isSignedIn } from '../features/auth/isSignedIn.js';
import { useSignOut } from '../features/auth/useSignOut.js';
import { useActionCounts } from '../features/cases/actionCounts.js';
import { casesPaths } from '../features/cases/casesPaths.js';
import { directoryPaths } from '../features/directory/directoryPaths.js';
import { privacyPaths } from '../features/privacy/privacyPaths.js';
import { chooseLanguage, otherLanguage } from '../lib/i18n.js';
import { useInstance, useMe } from '../lib/queries.js';
import { RouterLink } from '../lib/RouterLink.js';
import { useFocusMainOnNavigate } from '../lib/useFocusMainOnNavigate.js';
import { DistrictSwitcher } from './DistrictSwitcher.js';

/** Who sees a menu entry: everyone, whoever is signed in, or those whose roles can do one of. */
type Audience = 'everyone' | 'signedIn' | readonly Action[];

/** The main navigation; shown in the header on wide windows and in the menu on narrow ones. */
const navigation: readonly { key: string; href: string; audience: Audience }[] = [
  { key: 'nav.start', href: '/', audience: 'everyone' },
  { key: 'nav.directory', href: directoryPaths.search, audience: 'signedIn' },
  { key: 'nav.cases', href: casesPaths.list, audience: ['cases.work'] },
  // With the badge: how many of my organisation's actions are open, and late.
  { key: 'nav.actions', href: casesPaths.actions, audience: ['cases.work'] },
  // Those who write case-table texts: the check runs in the browser, the text goes nowhere.
  { key: 'nav.checkText', href: privacyPaths.checkText, audience: ['pii.override'] },
  { key: 'nav.mySessions', href: authPaths.mySessions, audience: 'signedIn' },
  { key: 'nav.myActivity', href: authPaths.myActivity, audience: 'signedIn' },
  {
    key: 'nav.admin',
    href: adminPaths.overview,
    audience: adminSections.map((section) => section.action),
  },
  { key: 'nav.outbox', href: adminPaths.outbox, audience: ['mail-outbox.read'] },
];

export function Layout() {
  const { t, i18n } = useTranslation();
  const switchTo = otherLanguage(i18n.resolvedLanguage);
  const instance = useInstance();
  const me = useMe();
  const signedIn = isSignedIn(me.data);
  const signOut = useSignOut();
  const [menuOpen, setMenuOpen] = useState(false);
  const roles = (signedIn && me.data?.roles) || [];
  const counts = useActionCounts();
  const label = (key: string) =>
    key === 'nav.actions' && counts.data && counts.data.open > 0
      ? counts.data.overdue > 0
        ? t('nav.actionsOverdue', { count: counts.data.open, overdue: counts.data.overdue })
        : t('nav.actionsOpen', { count: counts.data.open })
      : t(key);
  const links = navigation.filter(({ audience }) =>
    audience === 'everyone'
      ? true
      : audience === 'signedIn'
        ? signedIn
        : audience.some((action) => mayEver(roles, action)),
  );
  useFocusMainOnNavigate();

  return (
    <Page>
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <PageHeader
        brandName={t('app.name')}
        logoLink="/"
        logoLinkComponent={RouterLink}
        logoLinkTitle={t('app.logoLinkTitle')}
        navigationLabel={t('app.navigationLabel')}
        menuButtonText={t('app.menu')}
        menuButtonTextForShow={t('app.menuShow')}
        menuButtonTextForHide={t('app.menuHide')}
        noMenuButtonOnWideWindow
        open={menuOpen}
        onOpenChange={setMenuOpen}
        menuItems={[
          ...links.map((item) => (
            <PageHeader.MenuLink key={item.key} href={item.href} linkComponent={RouterLink}>
              {label(item.key)}
            </PageHeader.MenuLink>
          )),
          <AccountMenuItems
            key="account"
            me={me.data}
            onSignOut={() => {
              setMenuOpen(false);
              if (!signOut.isPending) signOut.mutate();
            }}
          />,
          <PageHeader.MenuLink
            key="language"
            fixed
            linkComponent="button"
            type="button"
            lang={switchTo}
            aria-label={t('language.switchToLabel')}
            onClick={() => chooseLanguage(switchTo)}
          >
            {t('language.switchTo')}
          </PageHeader.MenuLink>,
        ]}
      >
        <Grid paddingVertical="large">
          <PageHeader.GridCellNarrowWindowOnly span="all">
            {signedIn && me.data && (
              <Paragraph className="schakel-account-line">
                {t('account.signedInAsFull', {
                  name: me.data.user.displayName,
                  organisation: me.data.user.organisation.name,
                })}
              </Paragraph>
            )}
            <LinkList>
              {links.map((item) => (
                <LinkList.Link
                  key={item.key}
                  href={item.href}
                  linkComponent={RouterLink}
                  onClick={() => setMenuOpen(false)}
                >
                  {label(item.key)}
                </LinkList.Link>
              ))}
            </LinkList>
          </PageHeader.GridCellNarrowWindowOnly>
        </Grid>
      </PageHeader>
      <main id="main" tabIndex={-1}>
        <Grid paddingTop="large">
          <Grid.Cell span="all">
            <DistrictSwitcher />
          </Grid.Cell>
          {signOut.isError && (
            <Grid.Cell span="all">
              <Alert heading={t('account.signOutFailed')} headingLevel={2} severity="error" />
            </Grid.Cell>
          )}
          {instance.data?.demo && (
            <Grid.Cell span="all">
              <Alert heading={t('demo.heading')} headingLevel={2} severity="warning">
                <Paragraph>{t('demo.body')}</Paragraph>
              </Alert>
            </Grid.Cell>
          )}
        </Grid>
        <Outlet />
      </main>
      <PageFooter>
        <PageFooter.Spotlight>
          <Grid paddingVertical="x-large">
            <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
              <Paragraph color="inverse">
                <strong>{t('footer.heading')}</strong>
              </Paragraph>
              <Paragraph color="inverse">{t('footer.about')}</Paragraph>
            </Grid.Cell>
          </Grid>
        </PageFooter.Spotlight>
        <PageFooter.Menu heading={t('footer.menuHeading')}>
          <PageFooter.MenuLink href="/api/v1/docs/">{t('nav.apiDocs')}</PageFooter.MenuLink>
        </PageFooter.Menu>
      </PageFooter>
    </Page>
  );
}
