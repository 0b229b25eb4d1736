import '../admin/adminCatalogue.js';
import { Column, Grid, Heading, Link, Paragraph } from '@amsterdam/design-system-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { PageLinks, pageFrom } from '../../lib/PageLinks.js';
import { QueryState } from '../../lib/QueryState.js';
import { meQueryKey, useMe } from '../../lib/queries.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths } from '../auth/authPaths.js';
import { isSignedIn } from '../auth/isSignedIn.js';
import { LoadingParagraph } from '../auth/LoadingParagraph.js';
import { AuditTable } from './AuditTable.js';
import { auditApi } from './auditApi.js';

/**
 * "Mijn logboek": what was done with the person's own account, and to it — sign-ins, factors,
 * and what managers did. A sign-in they do not recognise is a reason to act.
 */
export function MyActivityPage() {
  const me = useMe();
  if (me.isPending) return <LoadingParagraph />;
  if (!isSignedIn(me.data)) return <Navigate to={authPaths.signIn} replace />;
  return <MyActivity />;
}

function MyActivity() {
  const { t } = useTranslation();
  usePageTitle(t('myActivity.title'));
  const [params] = useSearchParams();
  const page = pageFrom(params);
  const entries = useQuery({
    queryKey: [...meQueryKey, 'audit-entries', page],
    queryFn: () => auditApi.mine(page),
    placeholderData: keepPreviousData,
  });

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <Heading level={1}>{t('myActivity.heading')}</Heading>
          <Paragraph>{t('myActivity.intro')}</Paragraph>
          <Paragraph>
            {t('myActivity.unknown')}{' '}
            <Link href={authPaths.mySessions} linkComponent={RouterLink}>
              {t('nav.mySessions')}
            </Link>
          </Paragraph>
        </Column>
      </Grid.Cell>
      <Grid.Cell span="all">
        <QueryState query={entries}>
          {(data) =>
            data.items.length === 0 ? (
              <Paragraph>{t('myActivity.none')}</Paragraph>
            ) : (
              <Column gap="large">
                <AuditTable
                  entries={data.items}
                  variant="own"
                  captionId="my-activity-caption"
                  caption={t('myActivity.caption', { count: data.total })}
                />
                <PageLinks list={data} params={params} />
              </Column>
            )
          }
        </QueryState>
      </Grid.Cell>
    </Grid>
  );
}
