import { Checkbox, ErrorMessage, FieldSet, Paragraph } from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DirectoryContact,
  type DirectoryContactWrite,
  directoryContactWriteSchema,
} from '../../../../shared/schemas/directory.js';
import { useDateTime } from '../../../lib/dates.js';
import { errorFor } from '../../../lib/formErrors.js';
import { TextField } from '../../admin/TextField.js';
import { useAdminMutation } from '../../admin/useAdminMutation.js';
import { directoryEditApi } from './directoryEditApi.js';
import { checkWith, type FieldWords, serverFields } from './formCheck.js';
import { RecordForm } from './RecordForm.js';
import type { RecordFormProps } from './RecordSection.js';

/**
 * Adding a warm-line contact, or changing one: a named professional, listed only when they
 * agreed. The box says so explicitly; a new contact starts with it empty, and nobody is saved
 * without it ticked (the server refuses too).
 */
export function ContactForm({
  organisationId,
  item,
  onSaved,
  onCancel,
}: { organisationId: string } & RecordFormProps<DirectoryContact>) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [name, setName] = useState(item?.name ?? '');
  const [role, setRole] = useState(item?.role ?? '');
  const [phone, setPhone] = useState(item?.phone ?? '');
  const [email, setEmail] = useState(item?.email ?? '');
  const [optedIn, setOptedIn] = useState(item !== undefined);

  const fields: Record<string, FieldWords> = {
    name: { field: 'contact-name', missing: t('directoryEdit.contact.nameMissing') },
    role: { field: 'contact-role', missing: t('directoryEdit.contact.roleMissing') },
    phone: { field: 'contact-phone' },
    email: { field: 'contact-email', invalid: t('directoryEdit.contact.emailInvalid') },
    optedIn: { field: 'contact-opted-in', invalid: t('directoryEdit.contact.optedInMissing') },
  };

  const save = useAdminMutation({
    mutationFn: (input: DirectoryContactWrite) =>
      item
        ? directoryEditApi.updateContact(item.id, input)
        : directoryEditApi.addContact(organisationId, input),
    onSuccess: (saved) => onSaved(saved, !item),
    fields: serverFields(fields),
  });

  function submit() {
    const { data, errors } = checkWith(
      t,
      directoryContactWriteSchema,
      { name, role, phone, email, optedIn },
      fields,
    );
    save.showErrors(errors);
    if (data) save.mutate(data);
  }

  const { errors } = save;
  const consentError = errorFor(errors, 'contact-opted-in');
  return (
    <RecordForm
      id="contact-form"
      heading={
        item
          ? t('directoryEdit.contact.editHeading', { name: item.name })
          : t('directoryEdit.contact.addHeading')
      }
      submitLabel={
        item ? t('directoryEdit.contact.submitSave') : t('directoryEdit.contact.submitAdd')
      }
      save={save}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        id="contact-name"
        label={t('directoryEdit.contact.name')}
        errors={errors}
        name="name"
        value={name}
        onChange={setName}
      />
      <TextField
        id="contact-role"
        label={t('directoryEdit.contact.role')}
        description={t('directoryEdit.contact.roleHint')}
        errors={errors}
        name="role"
        value={role}
        onChange={setRole}
      />
      <TextField
        id="contact-phone"
        label={t('directoryEdit.contact.phone')}
        errors={errors}
        name="phone"
        type="tel"
        value={phone}
        onChange={setPhone}
      />
      <TextField
        id="contact-email"
        label={t('directoryEdit.contact.email')}
        errors={errors}
        name="email"
        type="email"
        value={email}
        onChange={setEmail}
      />
      <FieldSet
        legend={t('directoryEdit.contact.consentLegend')}
        invalid={Boolean(consentError)}
        aria-describedby={`contact-opted-in-description${consentError ? ' contact-opted-in-error' : ''}`}
      >
        <Paragraph id="contact-opted-in-description" size="small">
          {t('directoryEdit.contact.optedInHint')}
        </Paragraph>
        {consentError && (
          <ErrorMessage id="contact-opted-in-error" prefix={t('form.errorPrefix')}>
            {consentError}
          </ErrorMessage>
        )}
        <Checkbox
          id="contact-opted-in"
          name="optedIn"
          checked={optedIn}
          invalid={Boolean(consentError)}
          onChange={(event) => setOptedIn(event.target.checked)}
        >
          {t('directoryEdit.contact.optedIn')}
        </Checkbox>
        {item && (
          <Paragraph size="small">
            {t('directoryEdit.contact.optedInAt', { when: dateTime(item.optedInAt) })}
          </Paragraph>
        )}
      </FieldSet>
    </RecordForm>
  );
}
