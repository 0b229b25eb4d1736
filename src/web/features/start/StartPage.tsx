import { Grid, Heading, Paragraph, Table, UnorderedList } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { useDistrict } from '../../app/DistrictContext.js';
import { QueryState } from '../../lib/QueryState.js';
import { useDistricts, useOrganisations, usePartnerCount } from '../../lib/queries.js';
import { ScrollingTable } from '../../lib/ScrollingTable.js';
import { usePageTitle } from '../../lib/usePageTitle.js';

export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('start.title'));
  const { district } = useDistrict();
  const districts = useDistricts();
  const shown = useOrganisations(district);
  const districtName = districts.data?.items.find((item) => item.code === district)?.name;

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Heading level={1}>{t('start.heading')}</Heading>
        <Paragraph size="large">{t('start.intro')}</Paragraph>
      </Grid.Cell>

      <Grid.Cell span="all" as="section" aria-labelledby="districts-heading">
        <Heading level={2} id="districts-heading">
          {t('start.districtsHeading')}
        </Heading>
        <QueryState query={districts}>
          {(data) => (
            <UnorderedList>
              {data.items.map((item) => (
                <UnorderedList.Item key={item.code}>
                  {item.name} <PartnerCount district={item.code} />
                </UnorderedList.Item>
              ))}
            </UnorderedList>
          )}
        </QueryState>
      </Grid.Cell>

      <Grid.Cell span="all" as="section" aria-labelledby="partners-heading">
        <Heading level={2} id="partners-heading">
          {districtName
            ? t('start.partnersHeadingIn', { district: districtName })
            : t('start.partnersHeading')}
        </Heading>
        <QueryState query={shown}>
          {(page) =>
            page.items.length === 0 ? (
              <Paragraph>{t('start.noPartners')}</Paragraph>
            ) : (
              <ScrollingTable captionId="partners-caption">
                <Table>
                  <Table.Caption id="partners-caption">
                    {t('start.partnersCaption')} — {t('start.total', { count: page.total })}
                  </Table.Caption>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('start.columnName')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('start.columnKind')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('start.columnDistricts')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {page.items.map((organisation) => (
                      <Table.Row key={organisation.id}>
                        <Table.Cell>{organisation.name}</Table.Cell>
                        <Table.Cell>{t(`kind.${organisation.kind}`)}</Table.Cell>
                        <Table.Cell>
                          {organisation.districts.map((d) => d.name).join(', ')}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollingTable>
            )
          }
        </QueryState>
      </Grid.Cell>
    </Grid>
  );
}

function PartnerCount({ district }: { district: string }) {
  const { t } = useTranslation();
  const count = usePartnerCount(district);
  return count.data === undefined ? null : (
    <>({t('start.districtPartners', { count: count.data })})</>
  );
}
