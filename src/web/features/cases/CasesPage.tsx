import { Grid, Heading, Link, Paragraph, Row, Table } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../lib/QueryState.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { ScrollingTable } from '../../lib/ScrollingTable.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { AdminTable } from '../admin/AdminTable.js';
import { PermissionGate } from '../admin/PermissionGate.js';
import { casesPaths } from './casesPaths.js';
import { useCaseList } from './casesQueries.js';

/** /casussen — the cases of the user's network groups and their own, by code and stage. */
export function CasesPage() {
  return <PermissionGate actions={['cases.work']}>{() => <CaseList />}</PermissionGate>;
}

function CaseList() {
  const { t } = useTranslation();
  usePageTitle(t('cases.list.title'));
  const cases = useCaseList();
  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Heading level={1}>{t('cases.list.heading')}</Heading>
        <Paragraph>{t('cases.list.intro')}</Paragraph>
        <Row gap="large" wrap>
          <Link href={casesPaths.bringIn} linkComponent={RouterLink}>
            {t('cases.list.bringIn')}
          </Link>
          <Link href={casesPaths.actions} linkComponent={RouterLink}>
            {t('cases.list.toActions')}
          </Link>
        </Row>
      </Grid.Cell>
      <Grid.Cell span="all">
        <QueryState query={cases}>
          {(items) =>
            items.length === 0 ? (
              <Paragraph>{t('cases.list.none')}</Paragraph>
            ) : (
              <ScrollingTable captionId="cases-caption">
                <AdminTable
                  captionId="cases-caption"
                  caption={t('cases.list.caption')}
                  columns={[
                    t('cases.list.columnCode'),
                    t('cases.list.columnStatus'),
                    t('cases.list.columnUrgency'),
                    t('cases.list.columnGroup'),
                    t('cases.list.columnHolder'),
                  ]}
                  items={items}
                  row={(item) => (
                    <Table.Row key={item.id}>
                      <Table.Cell>
                        <Link href={casesPaths.case(item.id)} linkComponent={RouterLink}>
                          {item.code}
                        </Link>
                      </Table.Cell>
                      <Table.Cell>{t(`cases.status.${item.status}`)}</Table.Cell>
                      <Table.Cell>
                        {item.urgency ? t(`cases.urgency.${item.urgency}`) : t('cases.notSet')}
                      </Table.Cell>
                      <Table.Cell>{item.networkGroup.name}</Table.Cell>
                      <Table.Cell>{item.holderOrganisation.name}</Table.Cell>
                    </Table.Row>
                  )}
                />
              </ScrollingTable>
            )
          }
        </QueryState>
      </Grid.Cell>
    </Grid>
  );
}
