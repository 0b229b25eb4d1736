import {
  Button,
  Checkbox,
  Column,
  ErrorMessage,
  FieldSet,
  Heading,
  Radio,
  Row,
} from '@amsterdam/design-system-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { District } from '../../../../shared/schemas/district.js';
import {
  type Organisation,
  type OrganisationKind,
  type OrganisationWrite,
  organisationKinds,
} from '../../../../shared/schemas/organisation.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';
import { adminApi } from '../adminApi.js';
import { TextField } from '../TextField.js';
import { useAdminMutation } from '../useAdminMutation.js';

/**
 * Adding an organisation, or changing one (`organisation`). A coordinator ticks only their own
 * districts: another district an organisation serves stays as it is, shown but not to change.
 */
export function OrganisationForm({
  organisation,
  districts,
  ownDistricts,
  focusOnShow,
  onSaved,
  onCancel,
}: {
  organisation?: Organisation | undefined;
  districts: District[];
  /** The districts this manager may tick; undefined: all (an administrator). */
  ownDistricts: string[] | undefined;
  /** Whether the form takes the focus when it appears (after "Wijzigen" or "Annuleren"). */
  focusOnShow: boolean;
  onSaved(saved: Organisation, created: boolean): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const editing = organisation !== undefined;
  const [name, setName] = useState(organisation?.name ?? '');
  const [kind, setKind] = useState<OrganisationKind | ''>(organisation?.kind ?? '');
  const [codes, setCodes] = useState<string[]>(
    organisation?.districts.map((district) => district.code) ?? [],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const mayTick = (code: string) => ownDistricts === undefined || ownDistricts.includes(code);
  // The error summary leads to the first district this manager can tick.
  const firstDistrictId = `organisation-district-${districts.find((d) => mayTick(d.code))?.code ?? ''}`;

  // Choosing "Wijzigen" in the table brings the keyboard here; "Annuleren" keeps it here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form appears
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, []);

  const save = useAdminMutation({
    mutationFn: (input: OrganisationWrite) =>
      organisation
        ? adminApi.updateOrganisation(organisation.id, input)
        : adminApi.createOrganisation(input),
    onSuccess: (saved) => {
      if (!editing) {
        setName('');
        setKind('');
        setCodes([]);
      }
      onSaved(saved, !editing);
    },
    conflict: { message: t('admin.organisations.ownDistrictsOnly') },
    fields: {
      name: { field: 'organisation-name', message: t('admin.organisations.nameMissing') },
      kind: { field: 'organisation-kind-informal', message: t('admin.organisations.kindMissing') },
      districtCodes: { field: firstDistrictId, message: t('admin.organisations.districtsMissing') },
    },
    refresh: ['organisations'],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: FormError[] = [];
    const typed = name.trim();
    if (!typed) {
      found.push({ field: 'organisation-name', message: t('admin.organisations.nameMissing') });
    } else if ([...typed].length > 200) {
      found.push({ field: 'organisation-name', message: t('admin.name.tooLong', { max: 200 }) });
    }
    if (!kind) {
      found.push({
        field: 'organisation-kind-informal',
        message: t('admin.organisations.kindMissing'),
      });
    }
    if (codes.length === 0) {
      found.push({ field: firstDistrictId, message: t('admin.organisations.districtsMissing') });
    }
    save.showErrors(found);
    if (found.length === 0 && kind) save.mutate({ name: typed, kind, districtCodes: codes });
  }

  const { errors } = save;
  const kindError = errorFor(errors, 'organisation-kind-informal');
  const districtError = errorFor(errors, firstDistrictId);
  return (
    <Column gap="small">
      <Heading level={2} id="organisation-form-heading" ref={heading} tabIndex={-1}>
        {organisation
          ? t('admin.organisations.editHeading', { name: organisation.name })
          : t('admin.organisations.addHeading')}
      </Heading>
      <ErrorSummary errors={errors} attempt={save.attempt} />
      <form noValidate aria-labelledby="organisation-form-heading" onSubmit={submit}>
        <Column gap="large">
          <TextField
            id="organisation-name"
            label={t('admin.organisations.name')}
            errors={errors}
            name="name"
            value={name}
            onChange={setName}
          />
          <FieldSet
            legend={t('admin.organisations.kind')}
            invalid={Boolean(kindError)}
            aria-describedby={kindError ? 'organisation-kind-error' : undefined}
          >
            {kindError && (
              <ErrorMessage id="organisation-kind-error" prefix={t('form.errorPrefix')}>
                {kindError}
              </ErrorMessage>
            )}
            <Column gap="x-small">
              {organisationKinds.map((value) => (
                <Radio
                  key={value}
                  id={`organisation-kind-${value}`}
                  name="kind"
                  value={value}
                  checked={kind === value}
                  invalid={Boolean(kindError)}
                  onChange={() => setKind(value)}
                >
                  {t(`kind.${value}`)}
                </Radio>
              ))}
            </Column>
          </FieldSet>
          <FieldSet
            legend={t('admin.organisations.districts')}
            hint={ownDistricts ? t('admin.organisations.districtsHint') : undefined}
            invalid={Boolean(districtError)}
            aria-describedby={districtError ? 'organisation-districts-error' : undefined}
          >
            {districtError && (
              <ErrorMessage id="organisation-districts-error" prefix={t('form.errorPrefix')}>
                {districtError}
              </ErrorMessage>
            )}
            <Column gap="x-small">
              {districts.map((district) => (
                <Checkbox
                  key={district.code}
                  id={`organisation-district-${district.code}`}
                  name="districtCodes"
                  value={district.code}
                  checked={codes.includes(district.code)}
                  disabled={!mayTick(district.code)}
                  invalid={Boolean(districtError) && mayTick(district.code)}
                  onChange={(event) =>
                    setCodes((current) =>
                      event.target.checked
                        ? [...current, district.code]
                        : current.filter((code) => code !== district.code),
                    )
                  }
                >
                  {district.name}
                </Checkbox>
              ))}
            </Column>
          </FieldSet>
          <Row gap="small" wrap>
            <Button type="submit">
              {save.isPending
                ? t('form.busy')
                : organisation
                  ? t('admin.organisations.save')
                  : t('admin.organisations.add')}
            </Button>
            {organisation && (
              <Button variant="tertiary" onClick={onCancel}>
                {t('admin.confirm.cancel')}
              </Button>
            )}
          </Row>
        </Column>
      </form>
    </Column>
  );
}
