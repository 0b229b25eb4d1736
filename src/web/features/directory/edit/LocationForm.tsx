import { Checkbox, FieldSet, Paragraph } from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DirectoryLocation,
  type DirectoryLocationWrite,
  directoryLocationWriteSchema,
} from '../../../../shared/schemas/directory.js';
import { ApiError } from '../../../lib/api.js';
import { TextField } from '../../admin/TextField.js';
import { useAdminMutation } from '../../admin/useAdminMutation.js';
import { directoryEditApi } from './directoryEditApi.js';
import { checkWith, type FieldWords, serverFields } from './formCheck.js';
import { RecordForm } from './RecordForm.js';
import type { RecordFormProps } from './RecordSection.js';
import { TextAreaField } from './TextAreaField.js';

/**
 * Adding a location, or changing one. "Vertrouwelijk adres" only for the organisation's own
 * people (`own`): for anyone else the server refuses it (403), so it is not offered.
 */
export function LocationForm({
  organisationId,
  own,
  item,
  onSaved,
  onCancel,
}: { organisationId: string; own: boolean } & RecordFormProps<DirectoryLocation>) {
  const { t } = useTranslation();
  const [name, setName] = useState(item?.name ?? '');
  const [streetAddress, setStreetAddress] = useState(item?.streetAddress ?? '');
  const [postcode, setPostcode] = useState(item?.postcode ?? '');
  const [city, setCity] = useState(item?.city ?? 'Amsterdam');
  const [openingHours, setOpeningHours] = useState(item?.openingHours ?? '');
  const [confidential, setConfidential] = useState(item?.confidential ?? false);

  const fields: Record<string, FieldWords> = {
    name: { field: 'location-name', missing: t('directoryEdit.location.nameMissing') },
    streetAddress: {
      field: 'location-street',
      missing: t('directoryEdit.location.streetAddressMissing'),
    },
    postcode: { field: 'location-postcode', missing: t('directoryEdit.location.postcodeMissing') },
    city: { field: 'location-city', missing: t('directoryEdit.location.cityMissing') },
    openingHours: { field: 'location-opening-hours' },
  };

  const save = useAdminMutation({
    mutationFn: (input: DirectoryLocationWrite) =>
      item
        ? directoryEditApi.updateLocation(item.id, input)
        : directoryEditApi.addLocation(organisationId, input),
    onSuccess: (saved) => onSaved(saved, !item),
    fields: serverFields(fields),
    intercept: (error) => {
      if (!(error instanceof ApiError && error.status === 403 && confidential)) return false;
      save.showErrors([{ message: t('directoryEdit.location.confidentialRefused') }]);
      return true;
    },
  });

  function submit() {
    const { data, errors } = checkWith(
      t,
      directoryLocationWriteSchema,
      { name, streetAddress, postcode, city, openingHours, confidential: own && confidential },
      fields,
    );
    save.showErrors(errors);
    if (data) save.mutate(data);
  }

  const { errors } = save;
  return (
    <RecordForm
      id="location-form"
      heading={
        item
          ? t('directoryEdit.location.editHeading', { name: item.name })
          : t('directoryEdit.location.addHeading')
      }
      submitLabel={
        item ? t('directoryEdit.location.submitSave') : t('directoryEdit.location.submitAdd')
      }
      save={save}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id="location-name"
        label={t('directoryEdit.location.name')}
        description={t('directoryEdit.location.nameHint')}
        errors={errors}
        name="name"
        value={name}
        onChange={setName}
      />
      <TextField
        id="location-street"
        label={t('directoryEdit.location.streetAddress')}
        errors={errors}
        name="streetAddress"
        value={streetAddress}
        onChange={setStreetAddress}
      />
      <TextField
        id="location-postcode"
        label={t('directoryEdit.location.postcode')}
        errors={errors}
        name="postcode"
        size={8}
        value={postcode}
        onChange={setPostcode}
      />
      <TextField
        id="location-city"
        label={t('directoryEdit.location.city')}
        errors={errors}
        name="city"
        value={city}
        onChange={setCity}
      />
      <TextAreaField
        id="location-opening-hours"
        label={t('directoryEdit.location.openingHours')}
        description={t('directoryEdit.location.openingHoursHint')}
        errors={errors}
        rows={2}
        value={openingHours}
        onChange={setOpeningHours}
      />
      {own && (
        <FieldSet
          legend={t('directoryEdit.location.confidentialLegend')}
          aria-describedby="location-confidential-description"
        >
          <Paragraph id="location-confidential-description" size="small">
            {t('directoryEdit.location.confidentialHint')}
          </Paragraph>
          <Checkbox
            id="location-confidential"
            name="confidential"
            checked={confidential}
            onChange={(event) => setConfidential(event.target.checked)}
          >
            {t('directoryEdit.location.confidential')}
          </Checkbox>
        </FieldSet>
      )}
    </RecordForm>
  );
}
