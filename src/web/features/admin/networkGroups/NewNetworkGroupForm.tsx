import {
  Button,
  Checkbox,
  Column,
  FieldSet,
  Heading,
  Paragraph,
} from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../../shared/schemas/session.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import type { FormError } from '../../../lib/formErrors.js';
import { useDistricts } from '../../../lib/queries.js';
import { adminApi } from '../adminApi.js';
import { adminPaths } from '../adminPaths.js';
import { useOrganisationPage } from '../adminQueries.js';
import { ChoiceField } from '../ChoiceField.js';
import { districtReach, withinReach } from '../districtReach.js';
import { TextField } from '../TextField.js';
import { useAdminMutation } from '../useAdminMutation.js';

/**
 * "Netwerkgroep aanmaken" (coordinators, administrators): a district, a name, and the
 * organisations of that district that take part from the start.
 */
export function NewNetworkGroupForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reach = districtReach(me, 'network-groups.manage');
  const districts = useDistricts();
  const districtOptions = (districts.data?.items ?? []).filter((district) =>
    withinReach(reach, district.code),
  );
  const [districtCode, setDistrictCode] = useState(
    reach?.length === 1 ? (reach[0]?.code ?? '') : '',
  );
  const [name, setName] = useState('');
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const organisations = useOrganisationPage({ district: districtCode || undefined });
  const create = useAdminMutation({
    mutationFn: adminApi.createNetworkGroup,
    onSuccess: ({ id }) => navigate(adminPaths.networkGroup(id)),
    fields: {
      districtCode: { field: 'group-district', message: t('admin.roles.districtUnknown') },
      name: { field: 'group-name', message: t('admin.groups.nameMissing') },
      organisationIds: { message: t('admin.groups.organisationRefused') },
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const found: FormError[] = [];
    const typed = name.trim();
    if (!districtCode) {
      found.push({ field: 'group-district', message: t('admin.roles.districtMissing') });
    }
    if (!typed) found.push({ field: 'group-name', message: t('admin.groups.nameMissing') });
    else if ([...typed].length > 120) {
      found.push({ field: 'group-name', message: t('admin.name.tooLong', { max: 120 }) });
    }
    create.showErrors(found);
    if (found.length === 0) create.mutate({ districtCode, name: typed, organisationIds });
  }

  return (
    <Column as="section" gap="small" aria-labelledby="group-new-heading">
      <Heading level={2} id="group-new-heading">
        {t('admin.groups.newHeading')}
      </Heading>
      <ErrorSummary errors={create.errors} attempt={create.attempt} />
      <form noValidate aria-labelledby="group-new-heading" onSubmit={submit}>
        <Column gap="large">
          <ChoiceField
            id="group-district"
            label={t('admin.groups.district')}
            errors={create.errors}
            value={districtCode}
            onChange={(code) => {
              setDistrictCode(code);
              setOrganisationIds([]);
            }}
            options={districtOptions.map((district) => ({
              value: district.code,
              label: district.name,
            }))}
          />
          <TextField
            id="group-name"
            label={t('admin.groups.name')}
            errors={create.errors}
            name="name"
            value={name}
            onChange={setName}
          />
          {districtCode && (
            <FieldSet legend={t('admin.groups.startOrganisations')} optional>
              {organisations.isPending ? (
                <Paragraph aria-busy="true">{t('app.loading')}</Paragraph>
              ) : (
                <Column gap="x-small">
                  {(organisations.data?.items ?? []).map((organisation) => (
                    <Checkbox
                      key={organisation.id}
                      name="organisationIds"
                      value={organisation.id}
                      checked={organisationIds.includes(organisation.id)}
                      onChange={(event) =>
                        setOrganisationIds((current) =>
                          event.target.checked
                            ? [...current, organisation.id]
                            : current.filter((id) => id !== organisation.id),
                        )
                      }
                    >
                      {organisation.name}
                    </Checkbox>
                  ))}
                </Column>
              )}
            </FieldSet>
          )}
          <div>
            <Button type="submit">
              {create.isPending ? t('form.busy') : t('admin.groups.create')}
            </Button>
          </div>
        </Column>
      </form>
    </Column>
  );
}
