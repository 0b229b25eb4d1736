import {
  Button,
  Column,
  DateInput,
  Grid,
  Heading,
  Paragraph,
} from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  type Case,
  type CaseCreate,
  type ConsentForm,
  consentForms,
} from '../../../shared/schemas/cases.js';
import type { Me } from '../../../shared/schemas/session.js';
import { CheckboxGroup, firstBoxId } from '../../lib/CheckboxGroup.js';
import { today } from '../../lib/dates.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError } from '../../lib/formErrors.js';
import { RadioGroup } from '../../lib/RadioGroup.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { ChoiceField } from '../admin/ChoiceField.js';
import { PermissionGate } from '../admin/PermissionGate.js';
import { useAdminMutation } from '../admin/useAdminMutation.js';
import { casesApi } from './casesApi.js';
import { casesPaths } from './casesPaths.js';
import { useCaseChanged } from './casesQueries.js';

/** What the household agrees to: anonymous discussion in the network group. */
const scope = 'anonymous-discussion';
const scopeField = firstBoxId('consent-scope', [scope]);

/** The network groups someone sits in, where they can bring a case (director or member). */
export function groupsOf(me: Me): { id: string; name: string }[] {
  const groups = new Map<string, string>();
  for (const { role, networkGroup } of me.roles) {
    if ((role === 'director' || role === 'member') && networkGroup) {
      groups.set(networkGroup.id, networkGroup.name);
    }
  }
  return [...groups].map(([id, name]) => ({ id, name }));
}

/**
 * /casussen/inbrengen — consent first: the network group, when and how the household agreed,
 * and that it agreed to anonymous discussion. Then the case exists, with its code, and the
 * intake follows.
 */
export function BringInPage() {
  return (
    <PermissionGate actions={['cases.work']}>{(me) => <BringInForm me={me} />}</PermissionGate>
  );
}

function BringInForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useCaseChanged();
  const groups = groupsOf(me);
  const [groupId, setGroupId] = useState(groups.length === 1 ? (groups[0]?.id ?? '') : '');
  const [givenOn, setGivenOn] = useState(today());
  const [form, setForm] = useState<ConsentForm | ''>('');
  const [agreed, setAgreed] = useState(false);

  const save = useAdminMutation({
    mutationFn: (input: CaseCreate) => casesApi.bringIn(input),
    fields: {
      networkGroupId: { field: 'case-group', message: t('cases.new.groupMissing') },
      consent: { field: 'consent-given-on', message: t('cases.new.givenOnInvalid') },
    },
    onSuccess: (created: Case) => {
      changed(created);
      navigate(casesPaths.intake(created.id), { state: { created: created.code } });
    },
  });
  usePageTitle(t('cases.new.title'), save.errors.length);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const errors: FormError[] = [];
    if (!groupId) errors.push({ field: 'case-group', message: t('cases.new.groupMissing') });
    if (!givenOn) {
      errors.push({ field: 'consent-given-on', message: t('cases.new.givenOnMissing') });
    } else if (givenOn > today()) {
      errors.push({ field: 'consent-given-on', message: t('cases.new.givenOnFuture') });
    }
    if (!form) errors.push({ field: 'consent-form-verbal', message: t('cases.new.formMissing') });
    if (!agreed) errors.push({ field: scopeField, message: t('cases.new.scopeMissing') });
    save.showErrors(errors);
    if (errors.length > 0 || !form) return;
    save.mutate({
      networkGroupId: groupId,
      consent: { givenOn, form, scope },
    });
  }

  const { errors } = save;
  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <Heading level={1}>{t('cases.new.heading')}</Heading>
          <Paragraph>{t('cases.new.intro')}</Paragraph>
          {groups.length === 0 ? (
            <Paragraph>{t('cases.new.noGroups')}</Paragraph>
          ) : (
            <>
              <ErrorSummary errors={errors} attempt={save.attempt} />
              <form noValidate onSubmit={submit}>
                <Column gap="large">
                  <ChoiceField
                    id="case-group"
                    label={t('cases.new.group')}
                    description={t('cases.new.groupHint')}
                    errors={errors}
                    value={groupId}
                    onChange={setGroupId}
                    options={groups.map((group) => ({ value: group.id, label: group.name }))}
                  />
                  <Heading level={2}>{t('cases.new.consentHeading')}</Heading>
                  <FormField
                    id="consent-given-on"
                    label={t('cases.new.givenOn')}
                    description={t('cases.new.givenOnHint')}
                    error={errorFor(errors, 'consent-given-on')}
                  >
                    {(input) => (
                      <DateInput
                        {...input}
                        name="givenOn"
                        max={today()}
                        value={givenOn}
                        onChange={(event) => setGivenOn(event.target.value)}
                      />
                    )}
                  </FormField>
                  <RadioGroup
                    id="consent-form"
                    legend={t('cases.new.form')}
                    errors={errors}
                    options={consentForms.map((value) => ({
                      value,
                      label: t(`cases.consentForm.${value}`),
                    }))}
                    value={form}
                    onChange={setForm}
                  />
                  <CheckboxGroup
                    id="consent-scope"
                    legend={t('cases.new.scopeLegend')}
                    errors={errors}
                    options={[{ value: scope, label: t('cases.new.scope') }]}
                    values={agreed ? [scope] : []}
                    onChange={(values) => setAgreed(values.length > 0)}
                  />
                  <div>
                    <Button type="submit">
                      {save.isPending ? t('form.busy') : t('cases.new.submit')}
                    </Button>
                  </div>
                </Column>
              </form>
            </>
          )}
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
