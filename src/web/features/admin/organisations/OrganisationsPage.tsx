import {
  Button,
  Column,
  Field,
  Grid,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
} from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Organisation } from '../../../../shared/schemas/organisation.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { PageLinks, pageFrom } from '../../../lib/PageLinks.js';
import { QueryState } from '../../../lib/QueryState.js';
import { useDistricts } from '../../../lib/queries.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { AdminTable } from '../AdminTable.js';
import { useOrganisationPage } from '../adminQueries.js';
import { districtReach } from '../districtReach.js';
import { type Outcome, OutcomeAlert, outcome } from '../OutcomeAlert.js';
import { PermissionGate } from '../PermissionGate.js';
import { OrganisationForm } from './OrganisationForm.js';

const pageSize = 50;

/** /beheer/organisaties — the partner organisations, to add and change. */
export function OrganisationsPage() {
  return (
    <PermissionGate actions={['organisations.manage']}>
      {(me) => <Organisations me={me} />}
    </PermissionGate>
  );
}

function Organisations({ me }: { me: Me }) {
  const { t } = useTranslation();
  usePageTitle(t('admin.organisations.title'));
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params);
  const district = params.get('district') ?? '';
  const districts = useDistricts();
  const organisations = useOrganisationPage({ district: district || undefined, page, pageSize });
  const ownDistricts = districtReach(me, 'organisations.manage')?.map((district) => district.code);
  const [editing, setEditing] = useState<Organisation>();
  const [focusForm, setFocusForm] = useState(false);
  const [feedback, setFeedback] = useState<Outcome>();

  const mayChange = (organisation: Organisation) =>
    ownDistricts === undefined ||
    organisation.districts.some((item) => ownDistricts.includes(item.code));

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span="all">
        <Column gap="large">
          <AdminBreadcrumb />
          <Heading level={1}>{t('admin.organisations.heading')}</Heading>
          <Paragraph>
            {ownDistricts
              ? t('admin.organisations.introCoordinator')
              : t('admin.organisations.introAdmin')}
          </Paragraph>
          <OutcomeAlert value={feedback} headingLevel={2} />
        </Column>
      </Grid.Cell>
      <Grid.Cell span="all">
        <Column gap="large">
          <Field className="schakel-search-field">
            <Label htmlFor="organisations-district">{t('admin.organisations.filter')}</Label>
            <Select
              id="organisations-district"
              value={district}
              onChange={(event) =>
                setParams(event.target.value ? { district: event.target.value } : {})
              }
            >
              <Select.Option value="">{t('district.all')}</Select.Option>
              {(districts.data?.items ?? []).map((item) => (
                <Select.Option key={item.code} value={item.code}>
                  {item.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <QueryState query={organisations}>
            {(data) =>
              data.items.length === 0 ? (
                <Paragraph>{t('admin.organisations.none')}</Paragraph>
              ) : (
                <>
                  <AdminTable
                    captionId="organisations-caption"
                    caption={t('admin.organisations.caption', { count: data.total })}
                    columns={[
                      t('admin.organisations.name'),
                      t('admin.organisations.kind'),
                      t('admin.organisations.districts'),
                    ]}
                    actions
                    items={data.items}
                    row={(organisation) => (
                      <Table.Row key={organisation.id}>
                        <Table.Cell>{organisation.name}</Table.Cell>
                        <Table.Cell>{t(`kind.${organisation.kind}`)}</Table.Cell>
                        <Table.Cell>
                          {organisation.districts.map((item) => item.name).join(', ')}
                        </Table.Cell>
                        <Table.Cell>
                          {mayChange(organisation) && (
                            <Button
                              variant="tertiary"
                              aria-label={t('admin.organisations.editLabel', {
                                name: organisation.name,
                              })}
                              onClick={() => {
                                setFeedback(undefined);
                                setFocusForm(true);
                                setEditing(organisation);
                              }}
                            >
                              {t('admin.organisations.edit')}
                            </Button>
                          )}
                        </Table.Cell>
                      </Table.Row>
                    )}
                  />
                  <PageLinks list={data} params={params} />
                </>
              )
            }
          </QueryState>
        </Column>
      </Grid.Cell>
      <Grid.Cell
        span={{ narrow: 4, medium: 6, wide: 6 }}
        as="section"
        aria-labelledby="organisation-form-heading"
      >
        <QueryState query={districts}>
          {(data) => (
            <OrganisationForm
              key={editing?.id ?? 'new'}
              organisation={editing}
              districts={data.items}
              ownDistricts={ownDistricts}
              focusOnShow={focusForm}
              onCancel={() => {
                setFocusForm(true);
                setEditing(undefined);
              }}
              onSaved={(saved, created) => {
                setFocusForm(false);
                setEditing(undefined);
                setFeedback(
                  outcome(
                    true,
                    created
                      ? t('admin.organisations.added', { name: saved.name })
                      : t('admin.organisations.saved', { name: saved.name }),
                  ),
                );
              }}
            />
          )}
        </QueryState>
      </Grid.Cell>
    </Grid>
  );
}
