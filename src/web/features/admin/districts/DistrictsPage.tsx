import {
  Button,
  Column,
  Grid,
  Heading,
  Paragraph,
  Table,
  TextInput,
} from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { District } from '../../../../shared/schemas/district.js';
import { ApiError } from '../../../lib/api.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { FormField } from '../../../lib/FormField.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';
import { QueryState } from '../../../lib/QueryState.js';
import { useDistricts } from '../../../lib/queries.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { adminApi } from '../adminApi.js';
import { refusal, serverFieldErrors } from '../adminErrors.js';
import { useRefreshAdmin } from '../adminQueries.js';
import { NameForm } from '../NameForm.js';
import { type Outcome, OutcomeAlert, outcome } from '../OutcomeAlert.js';
import { PermissionGate } from '../PermissionGate.js';

const codePattern = /^[A-Z]{2,4}$/;

/** /beheer/stadsdelen — the districts (administrators): add one, or rename one. */
export function DistrictsPage() {
  return <PermissionGate actions={['districts.manage']}>{() => <Districts />}</PermissionGate>;
}

function Districts() {
  const { t } = useTranslation();
  usePageTitle(t('admin.districts.title'));
  const districts = useDistricts();
  const [renaming, setRenaming] = useState<District>();

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <AdminBreadcrumb />
          <Heading level={1}>{t('admin.districts.heading')}</Heading>
          <Paragraph>{t('admin.districts.intro')}</Paragraph>
          <QueryState query={districts}>
            {(data) => (
              <Table>
                <Table.Caption id="districts-caption">
                  {t('admin.districts.caption', { count: data.items.length })}
                </Table.Caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('admin.districts.code')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('admin.districts.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">
                      <span className="ams-visually-hidden">{t('admin.actions')}</span>
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data.items.map((district) => (
                    <Table.Row key={district.code}>
                      <Table.Cell>{district.code}</Table.Cell>
                      <Table.Cell>{district.name}</Table.Cell>
                      <Table.Cell>
                        <Button
                          variant="tertiary"
                          aria-label={t('admin.districts.renameLabel', { name: district.name })}
                          onClick={() => setRenaming(district)}
                        >
                          {t('admin.districts.rename')}
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </QueryState>
          {renaming && (
            <RenameDistrict
              key={renaming.code}
              district={renaming}
              onClose={() => setRenaming(undefined)}
            />
          )}
        </Column>
      </Grid.Cell>
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <AddDistrictForm />
      </Grid.Cell>
    </Grid>
  );
}

function RenameDistrict({ district, onClose }: { district: District; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useRefreshAdmin();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [feedback, setFeedback] = useState<Outcome>();
  const rename = useMutation({
    mutationFn: (name: string) => adminApi.renameDistrict(district.code, name),
    onMutate: () => {
      setErrors([]);
      setFeedback(undefined);
    },
    onSuccess: (saved) => {
      setFeedback(outcome(true, t('admin.districts.renamed', { name: saved.name })));
      refresh('districts', 'organisations');
    },
    onError: (error) => {
      setErrors([{ message: refusal(t, error) }]);
      setAttempt((count) => count + 1);
    },
  });
  return (
    <NameForm
      id="district-rename"
      heading={t('admin.districts.renameHeading', { code: district.code })}
      label={t('admin.districts.name')}
      initial={district.name}
      maxLength={100}
      submitLabel={t('admin.districts.save')}
      busy={rename.isPending}
      errors={errors}
      attempt={attempt}
      feedback={feedback}
      focusOnShow
      onSave={(name) => rename.mutate(name)}
    >
      <Button variant="tertiary" onClick={onClose}>
        {t('admin.close')}
      </Button>
    </NameForm>
  );
}

function AddDistrictForm() {
  const { t } = useTranslation();
  const refresh = useRefreshAdmin();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [feedback, setFeedback] = useState<Outcome>();

  const failed = (found: FormError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };

  const add = useMutation({
    mutationFn: adminApi.createDistrict,
    onSuccess: (district) => {
      setCode('');
      setName('');
      setFeedback(outcome(true, t('admin.districts.added', { name: district.name })));
      refresh('districts');
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        failed([{ field: 'district-code', message: t('admin.districts.codeTaken') }]);
        return;
      }
      const fields = serverFieldErrors(t, error, {
        code: { field: 'district-code', message: t('admin.districts.codeInvalid') },
        name: { field: 'district-name', message: t('admin.name.missing') },
      });
      failed(fields.length > 0 ? fields : [{ message: refusal(t, error) }]);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setFeedback(undefined);
    const found: FormError[] = [];
    const typedCode = code.trim().toUpperCase();
    const typedName = name.trim();
    if (!typedCode)
      found.push({ field: 'district-code', message: t('admin.districts.codeMissing') });
    else if (!codePattern.test(typedCode)) {
      found.push({ field: 'district-code', message: t('admin.districts.codeInvalid') });
    }
    if (!typedName) found.push({ field: 'district-name', message: t('admin.name.missing') });
    else if ([...typedName].length > 100) {
      found.push({ field: 'district-name', message: t('admin.name.tooLong', { max: 100 }) });
    }
    failed(found);
    if (found.length === 0) add.mutate({ code: typedCode, name: typedName });
  }

  return (
    <Column as="section" gap="small" aria-labelledby="district-add-heading">
      <Heading level={2} id="district-add-heading">
        {t('admin.districts.addHeading')}
      </Heading>
      <OutcomeAlert value={feedback} headingLevel={3} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form noValidate aria-labelledby="district-add-heading" onSubmit={submit}>
        <Column gap="large">
          <FormField
            id="district-code"
            label={t('admin.districts.code')}
            description={t('admin.districts.codeHint')}
            error={errorFor(errors, 'district-code')}
          >
            {(input) => (
              <TextInput
                {...input}
                name="code"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                size={6}
                value={code}
                onChange={(event) => setCode(event.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="district-name"
            label={t('admin.districts.name')}
            error={errorFor(errors, 'district-name')}
          >
            {(input) => (
              <TextInput
                {...input}
                name="name"
                autoComplete="off"
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </FormField>
          <div>
            <Button type="submit">
              {add.isPending ? t('form.busy') : t('admin.districts.add')}
            </Button>
          </div>
        </Column>
      </form>
    </Column>
  );
}
