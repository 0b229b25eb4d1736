import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AccessRoute,
  accessRoutes,
  type DirectoryEntry,
  type DirectoryLanguage,
  type DirectoryService,
  type DirectoryServiceWrite,
  type DirectoryStatus,
  directoryLanguages,
  directoryServiceWriteSchema,
  type ServiceCategory,
  serviceCategories,
  type TargetGroup,
  targetGroups,
} from '../../../../shared/schemas/directory.js';
import { CheckboxGroup, firstBoxId } from '../../../lib/CheckboxGroup.js';
import { TextField } from '../../admin/TextField.js';
import { useAdminMutation } from '../../admin/useAdminMutation.js';
import { directoryEditApi } from './directoryEditApi.js';
import { checkWith, type FieldWords, serverFields } from './formCheck.js';
import { RecordForm } from './RecordForm.js';
import type { RecordFormProps } from './RecordSection.js';
import { StatusField } from './StatusField.js';
import { TextAreaField } from './TextAreaField.js';

/** Adding a service of the organisation, or changing one: every field of the API's service. */
export function ServiceForm({
  entry,
  item,
  onSaved,
  onCancel,
}: { entry: DirectoryEntry } & RecordFormProps<DirectoryService>) {
  const { t } = useTranslation();
  const [name, setName] = useState(item?.name ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [categories, setCategories] = useState<ServiceCategory[]>(item?.categories ?? []);
  const [groups, setGroups] = useState<TargetGroup[]>(item?.targetGroups ?? []);
  const [routes, setRoutes] = useState<AccessRoute[]>(item?.accessRoutes ?? []);
  const [eligibility, setEligibility] = useState(item?.eligibility ?? '');
  const [cost, setCost] = useState(item?.cost ?? '');
  const [languages, setLanguages] = useState<DirectoryLanguage[]>(item?.languages ?? []);
  const [schedule, setSchedule] = useState(item?.schedule ?? '');
  const [status, setStatus] = useState<DirectoryStatus>(item?.status ?? 'active');
  const [capacity, setCapacity] = useState(item?.capacity == null ? '' : String(item.capacity));
  const [districtCodes, setDistrictCodes] = useState<string[]>(
    item?.districts.map((district) => district.code) ?? entry.districts.map((d) => d.code),
  );

  // The organisation's districts, and any other the service already names.
  const districts = [
    ...entry.districts,
    ...(item?.districts ?? []).filter(
      (district) => !entry.districts.some((own) => own.code === district.code),
    ),
  ];
  const codes = districts.map((district) => district.code);
  const fields: Record<string, FieldWords> = {
    name: { field: 'service-name', missing: t('directoryEdit.service.nameMissing') },
    description: { field: 'service-description' },
    categories: { field: firstBoxId('service-categories', serviceCategories) },
    targetGroups: { field: firstBoxId('service-groups', targetGroups) },
    accessRoutes: { field: firstBoxId('service-access', accessRoutes) },
    eligibility: { field: 'service-eligibility' },
    cost: { field: 'service-cost' },
    languages: { field: firstBoxId('service-languages', directoryLanguages) },
    schedule: { field: 'service-schedule' },
    capacity: { field: 'service-capacity', invalid: t('directoryEdit.service.capacityInvalid') },
    districtCodes: {
      field: firstBoxId('service-districts', codes),
      invalid: t('directoryEdit.service.districtUnknown'),
    },
  };

  const save = useAdminMutation({
    mutationFn: (input: DirectoryServiceWrite) =>
      item
        ? directoryEditApi.updateService(item.id, input)
        : directoryEditApi.addService(entry.id, input),
    onSuccess: (saved) => onSaved(saved, !item),
    fields: serverFields(fields),
  });

  function submit() {
    const typed = capacity.trim();
    const { data, errors } = checkWith(
      t,
      directoryServiceWriteSchema,
      {
        name,
        description,
        categories,
        targetGroups: groups,
        accessRoutes: routes,
        eligibility,
        cost,
        languages,
        schedule,
        status,
        // Whole numbers only: anything else is NaN, which the schema refuses beside the field.
        capacity: typed === '' ? null : /^\d+$/.test(typed) ? Number(typed) : Number.NaN,
        districtCodes,
      },
      fields,
    );
    save.showErrors(errors);
    if (data) save.mutate(data);
  }

  const options = <T extends string>(values: readonly T[], kind: string) =>
    values.map((value) => ({ value, label: t(`directory.${kind}.${value}`) }));
  const { errors } = save;
  return (
    <RecordForm
      id="service-form"
      heading={
        item
          ? t('directoryEdit.service.editHeading', { name: item.name })
          : t('directoryEdit.service.addHeading')
      }
      submitLabel={
        item ? t('directoryEdit.service.submitSave') : t('directoryEdit.service.submitAdd')
      }
      save={save}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id="service-name"
        label={t('directoryEdit.service.name')}
        errors={errors}
        name="name"
        value={name}
        onChange={setName}
      />
      <TextAreaField
        id="service-description"
        label={t('directoryEdit.service.description')}
        errors={errors}
        value={description}
        onChange={setDescription}
      />
      <CheckboxGroup
        id="service-categories"
        legend={t('directoryEdit.service.categories')}
        errors={errors}
        options={options(serviceCategories, 'category')}
        values={categories}
        onChange={setCategories}
      />
      <CheckboxGroup
        id="service-groups"
        legend={t('directoryEdit.service.targetGroups')}
        errors={errors}
        options={options(targetGroups, 'targetGroup')}
        values={groups}
        onChange={setGroups}
      />
      <CheckboxGroup
        id="service-access"
        legend={t('directoryEdit.service.accessRoutes')}
        errors={errors}
        options={options(accessRoutes, 'access')}
        values={routes}
        onChange={setRoutes}
      />
      <TextAreaField
        id="service-eligibility"
        label={t('directoryEdit.service.eligibility')}
        description={t('directoryEdit.service.eligibilityHint')}
        errors={errors}
        rows={2}
        value={eligibility}
        onChange={setEligibility}
      />
      <TextField
        id="service-cost"
        label={t('directoryEdit.service.cost')}
        description={t('directoryEdit.service.costHint')}
        errors={errors}
        name="cost"
        value={cost}
        onChange={setCost}
      />
      <CheckboxGroup
        id="service-languages"
        legend={t('directoryEdit.service.languages')}
        errors={errors}
        options={options(directoryLanguages, 'language')}
        values={languages}
        onChange={setLanguages}
      />
      <TextAreaField
        id="service-schedule"
        label={t('directoryEdit.service.schedule')}
        description={t('directoryEdit.service.scheduleHint')}
        errors={errors}
        rows={2}
        value={schedule}
        onChange={setSchedule}
      />
      <TextField
        id="service-capacity"
        label={t('directoryEdit.service.capacity')}
        description={t('directoryEdit.service.capacityHint')}
        errors={errors}
        name="capacity"
        inputMode="numeric"
        size={8}
        value={capacity}
        onChange={setCapacity}
      />
      {districts.length > 0 && (
        <CheckboxGroup
          id="service-districts"
          legend={t('directoryEdit.service.districts')}
          description={t('directoryEdit.service.districtsHint')}
          errors={errors}
          options={districts.map((district) => ({ value: district.code, label: district.name }))}
          values={districtCodes}
          onChange={setDistrictCodes}
        />
      )}
      <StatusField id="service-status" value={status} onChange={setStatus} />
    </RecordForm>
  );
}
