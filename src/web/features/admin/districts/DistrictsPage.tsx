import { Button, Column, Grid, Heading, Paragraph, Table } from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { District } from '../../../../shared/schemas/district.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import type { FormError } from '../../../lib/formErrors.js';
import { QueryState } from '../../../lib/QueryState.js';
import { useDistricts } from '../../../lib/queries.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { AdminTable } from '../AdminTable.js';
import { adminApi } from '../adminApi.js';
import { NameForm } from '../NameForm.js';
import { OutcomeAlert } from '../OutcomeAlert.js';
import { PermissionGate } from '../PermissionGate.js';
import { TextField } from '../TextField.js';
import { useAdminMutation } from '../useAdminMutation.js';

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
              <AdminTable
                captionId="districts-caption"
                caption={t('admin.districts.caption', { count: data.items.length })}
                columns={[t('admin.districts.code'), t('admin.districts.name')]}
                actions
                items={data.items}
                row={(district) => (
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
                )}
              />
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
  const rename = useAdminMutation({
    mutationFn: (name: string) => adminApi.renameDistrict(district.code, name),
    done: (saved) => t('admin.districts.renamed', { name: saved.name }),
    refresh: ['districts', 'organisations'],
  });
  return (
    <NameForm
      id="district-rename"
      heading={t('admin.districts.renameHeading', { code: district.code })}
      label={t('admin.districts.name')}
      initial={district.name}
      maxLength={100}
      submitLabel={t('admin.districts.save')}
      save={rename}
      focusOnShow
    >
      <Button variant="tertiary" onClick={onClose}>
        {t('admin.close')}
      </Button>
    </NameForm>
  );
}

function AddDistrictForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const add = useAdminMutation({
    mutationFn: adminApi.createDistrict,
    done: (district) => t('admin.districts.added', { name: district.name }),
    onSuccess: () => {
      setCode('');
      setName('');
    },
    conflict: { field: 'district-code', message: t('admin.districts.codeTaken') },
    fields: {
      code: { field: 'district-code', message: t('admin.districts.codeInvalid') },
      name: { field: 'district-name', message: t('admin.name.missing') },
    },
    refresh: ['districts'],
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    add.setFeedback(undefined);
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
    add.showErrors(found);
    if (found.length === 0) add.mutate({ code: typedCode, name: typedName });
  }

  return (
    <Column as="section" gap="small" aria-labelledby="district-add-heading">
      <Heading level={2} id="district-add-heading">
        {t('admin.districts.addHeading')}
      </Heading>
      <OutcomeAlert value={add.feedback} headingLevel={3} />
      <ErrorSummary errors={add.errors} attempt={add.attempt} />
      <form noValidate aria-labelledby="district-add-heading" onSubmit={submit}>
        <Column gap="large">
          <TextField
            id="district-code"
            label={t('admin.districts.code')}
            description={t('admin.districts.codeHint')}
            errors={add.errors}
            name="code"
            autoCapitalize="characters"
            spellCheck={false}
            size={6}
            value={code}
            onChange={setCode}
          />
          <TextField
            id="district-name"
            label={t('admin.districts.name')}
            errors={add.errors}
            name="name"
            value={name}
            onChange={setName}
          />
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
