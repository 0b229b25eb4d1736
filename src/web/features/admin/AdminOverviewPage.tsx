import { Column, Grid, Heading, Link, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { mayEver } from '../../../shared/permissions.js';
import type { Me } from '../../../shared/schemas/session.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { adminSections } from './adminPaths.js';
import { PermissionGate } from './PermissionGate.js';

/** /beheer — the managers' sections this person can use, each with what it is for. */
export function AdminOverviewPage() {
  return (
    <PermissionGate actions={adminSections.map((section) => section.action)}>
      {(me) => <Overview me={me} />}
    </PermissionGate>
  );
}

function Overview({ me }: { me: Me }) {
  const { t } = useTranslation();
  usePageTitle(t('admin.overview.title'));
  const sections = adminSections.filter((section) => mayEver(me.roles, section.action));
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <Heading level={1}>{t('admin.overview.heading')}</Heading>
          <Paragraph>{t('admin.overview.intro')}</Paragraph>
          <ul className="schakel-sessions">
            {sections.map((section) => (
              <li key={section.key} className="schakel-session">
                <Heading level={2} size="level-4">
                  <Link href={section.href} linkComponent={RouterLink}>
                    {t(`admin.overview.${section.key}`)}
                  </Link>
                </Heading>
                <Paragraph size="small">{t(`admin.overview.${section.key}Body`)}</Paragraph>
              </li>
            ))}
          </ul>
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
