import { Button, Column, Heading, Paragraph } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DirectoryEntry,
  type DirectoryLanguage,
  type DirectoryProfileWrite,
  type DirectoryStatus,
  directoryLanguages,
  directoryProfileWriteSchema,
} from '../../../../shared/schemas/directory.js';
import { CheckboxGroup, firstBoxId } from '../../../lib/CheckboxGroup.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { OutcomeAlert } from '../../admin/OutcomeAlert.js';
import { TextField } from '../../admin/TextField.js';
import { useAdminMutation } from '../../admin/useAdminMutation.js';
import { directoryEditApi } from './directoryEditApi.js';
import { useEntryChanged } from './directoryEditQueries.js';
import { checkWith, type FieldWords, serverFields } from './formCheck.js';
import { StatusField } from './StatusField.js';
import { TextAreaField } from './TextAreaField.js';
import { useErrorCount } from './useErrorCount.js';

/** "Profiel": the organisation's own words, its role, how to reach it, its languages. */
export function ProfileSection({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation();
  const changed = useEntryChanged(entry.id);
  const { profile } = entry;
  const [description, setDescription] = useState(profile.description);
  const [whatWeDo, setWhatWeDo] = useState(profile.whatWeDo);
  const [whatWeDoNot, setWhatWeDoNot] = useState(profile.whatWeDoNot);
  const [website, setWebsite] = useState(profile.website);
  const [email, setEmail] = useState(profile.email);
  const [phone, setPhone] = useState(profile.phone);
  const [languages, setLanguages] = useState<DirectoryLanguage[]>(profile.languages);
  const [status, setStatus] = useState<DirectoryStatus>(profile.status);

  const fields: Record<string, FieldWords> = {
    description: { field: 'profile-description' },
    whatWeDo: { field: 'profile-what-we-do' },
    whatWeDoNot: { field: 'profile-what-we-do-not' },
    website: { field: 'profile-website', invalid: t('directoryEdit.profile.websiteInvalid') },
    email: { field: 'profile-email', invalid: t('directoryEdit.profile.emailInvalid') },
    phone: { field: 'profile-phone' },
    languages: { field: firstBoxId('profile-languages', directoryLanguages) },
  };

  const save = useAdminMutation({
    mutationFn: (input: DirectoryProfileWrite) => directoryEditApi.saveProfile(entry.id, input),
    done: () => t('directoryEdit.profile.saved'),
    onSuccess: (saved) =>
      changed((current) => ({ ...current, profile: { ...current.profile, ...saved } })),
    fields: serverFields(fields),
  });
  useErrorCount('profile', save.errors.length);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const { data, errors } = checkWith(
      t,
      directoryProfileWriteSchema,
      { description, whatWeDo, whatWeDoNot, website, email, phone, languages, status },
      fields,
    );
    save.showErrors(errors);
    if (data) save.mutate(data);
  }

  const languageOptions = directoryLanguages.map((value) => ({
    value,
    label: t(`directory.language.${value}`),
  }));
  const { errors } = save;
  return (
    <Column as="section" gap="small" aria-labelledby="profile-heading">
      <Heading level={2} id="profile-heading">
        {t('directoryEdit.profile.heading')}
      </Heading>
      <Paragraph>{t('directoryEdit.profile.intro')}</Paragraph>
      <OutcomeAlert value={save.feedback} headingLevel={3} />
      <ErrorSummary errors={errors} attempt={save.attempt} />
      <form noValidate aria-labelledby="profile-heading" onSubmit={submit}>
        <Column gap="large">
          <TextAreaField
            id="profile-description"
            label={t('directoryEdit.profile.description')}
            description={t('directoryEdit.profile.descriptionHint')}
            errors={errors}
            value={description}
            onChange={setDescription}
          />
          <TextAreaField
            id="profile-what-we-do"
            label={t('directoryEdit.profile.whatWeDo')}
            description={t('directoryEdit.profile.whatWeDoHint')}
            errors={errors}
            value={whatWeDo}
            onChange={setWhatWeDo}
          />
          <TextAreaField
            id="profile-what-we-do-not"
            label={t('directoryEdit.profile.whatWeDoNot')}
            description={t('directoryEdit.profile.whatWeDoNotHint')}
            errors={errors}
            value={whatWeDoNot}
            onChange={setWhatWeDoNot}
          />
          <TextField
            id="profile-website"
            label={t('directoryEdit.profile.website')}
            description={t('directoryEdit.profile.websiteHint')}
            errors={errors}
            name="website"
            type="url"
            value={website}
            onChange={setWebsite}
          />
          <TextField
            id="profile-email"
            label={t('directoryEdit.profile.email')}
            description={t('directoryEdit.profile.emailHint')}
            errors={errors}
            name="email"
            type="email"
            value={email}
            onChange={setEmail}
          />
          <TextField
            id="profile-phone"
            label={t('directoryEdit.profile.phone')}
            errors={errors}
            name="phone"
            type="tel"
            value={phone}
            onChange={setPhone}
          />
          <CheckboxGroup
            id="profile-languages"
            legend={t('directoryEdit.profile.languages')}
            errors={errors}
            options={languageOptions}
            values={languages}
            onChange={setLanguages}
          />
          <StatusField
            id="profile-status"
            description={t('directoryEdit.profile.statusHint')}
            value={status}
            onChange={setStatus}
          />
          <div>
            <Button type="submit">
              {save.isPending ? t('form.busy') : t('directoryEdit.profile.save')}
            </Button>
          </div>
        </Column>
      </form>
    </Column>
  );
}
