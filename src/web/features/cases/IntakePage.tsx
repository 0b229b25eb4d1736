import {
  Alert,
  Button,
  Column,
  FieldSet,
  Grid,
  Heading,
  Paragraph,
  Row,
  Select,
} from '@amsterdam/design-system-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import {
  ageBands,
  type Case,
  concernLevels,
  householdRelations,
  type IntakeWrite,
  lifeDomains,
  urgencies,
  violenceForms,
} from '../../../shared/schemas/cases.js';
import { CheckboxGroup } from '../../lib/CheckboxGroup.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import type { FormError } from '../../lib/formErrors.js';
import { QueryState } from '../../lib/QueryState.js';
import { useOrganisations } from '../../lib/queries.js';
import { RadioGroup } from '../../lib/RadioGroup.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { OutcomeAlert } from '../admin/OutcomeAlert.js';
import { PermissionGate } from '../admin/PermissionGate.js';
import { RecordState } from '../admin/RecordState.js';
import { PersonalDataTextArea } from '../privacy/PersonalDataTextArea.js';
import { CaseBreadcrumb } from './CaseBreadcrumb.js';
import { ConflictAlert } from './ConflictAlert.js';
import { useCaseMutation } from './caseMutation.js';
import { casesApi } from './casesApi.js';
import { useCase, useCaseChanged, useReloadCase, useRiskSignals } from './casesQueries.js';
import { ErasedNotice, takesText } from './ErasedNotice.js';

type Household = IntakeWrite['household'];
type Domains = IntakeWrite['lifeDomains'];

/** How long the free texts may be (as the API checks them: src/shared/schemas/cases.ts). */
const maxLength = { question: 1000, description: 4000 } as const;
const maxHousehold = 20;

/**
 * /casussen/:id/intake — the fixed questions first (household without names, forms of violence,
 * life domains, organisations involved, risk signals, urgency), then the question to the table
 * and a short description, each checked for personal data while it is typed.
 */
export function IntakePage() {
  const { id = '' } = useParams();
  return (
    <PermissionGate actions={['cases.work']}>
      {() => <IntakeOfCase key={id} id={id} />}
    </PermissionGate>
  );
}

function IntakeOfCase({ id }: { id: string }) {
  const query = useCase(id);
  const reload = useReloadCase(id);
  // After "load the latest version" the form starts anew from what is saved now.
  const [loaded, setLoaded] = useState(0);
  return (
    <RecordState query={query}>
      {(found) => (
        <IntakeForm
          key={loaded}
          found={found}
          onReload={async () => {
            await reload();
            setLoaded((count) => count + 1);
          }}
        />
      )}
    </RecordState>
  );
}

function IntakeForm({ found, onReload }: { found: Case; onReload(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const createdCode = (location.state as { created?: string } | null)?.created;
  const changed = useCaseChanged();
  const intake = found.intake;
  const [household, setHousehold] = useState<Household>(intake?.household ?? []);
  const [forms, setForms] = useState<IntakeWrite['violenceForms']>(intake?.violenceForms ?? []);
  const [domains, setDomains] = useState<Domains>(intake?.lifeDomains ?? {});
  const [involved, setInvolved] = useState<string[]>(intake?.involvedOrganisationIds ?? []);
  const [signals, setSignals] = useState<string[]>(intake?.riskSignals ?? []);
  const [urgency, setUrgency] = useState<IntakeWrite['urgency']>(intake?.urgency ?? 'normal');
  const [question, setQuestion] = useState(intake?.question ?? '');
  const [description, setDescription] = useState(intake?.description ?? '');
  // The version this form started from: a save by someone else since answers 409, even when
  // the page has read their save in the meantime.
  const [version, setVersion] = useState(found.version);
  const organisations = useOrganisations(found.networkGroup.districtCode);
  const riskSignals = useRiskSignals(found.networkGroup.districtCode);

  const save = useCaseMutation({
    mutationFn: (input: IntakeWrite) => casesApi.saveIntake(found.id, input),
    done: () => t('cases.intake.saved'),
    onSuccess: (saved) => {
      setVersion(saved.version);
      changed(saved);
    },
    fields: {
      household: { field: 'intake-household-add', message: t('admin.error.invalid') },
      question: {
        field: 'intake-question',
        message: t('cases.personalDataIn', { label: t('cases.intake.question') }),
      },
      description: {
        field: 'intake-description',
        message: t('cases.personalDataIn', { label: t('cases.intake.description') }),
      },
    },
  });
  usePageTitle(t('cases.intake.title', { code: found.code }), save.errors.length);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const errors: FormError[] = [];
    for (const field of ['question', 'description'] as const) {
      const text = field === 'question' ? question : description;
      if (text.trim().length > maxLength[field]) {
        errors.push({
          field: `intake-${field}`,
          message: t('cases.tooLong', { max: maxLength[field] }),
        });
      }
    }
    save.showErrors(errors);
    if (errors.length > 0) return;
    save.mutate({
      version,
      household,
      violenceForms: forms,
      lifeDomains: domains,
      involvedOrganisationIds: involved,
      riskSignals: signals,
      urgency,
      // Trimmed as the server checks them, so that its findings point into this very text.
      question: question.trim(),
      description: description.trim(),
    });
  }

  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const { errors } = save;
  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <CaseBreadcrumb found={found} />
          <Heading level={1}>{t('cases.intake.pageHeading', { code: found.code })}</Heading>
          {createdCode === found.code && !intake && (
            <Alert
              heading={t('cases.new.created', { code: found.code })}
              headingLevel={2}
              severity="success"
            />
          )}
          {!takesText(found) ? (
            <ErasedNotice found={found} />
          ) : (
            <>
              <Paragraph>{t('cases.intake.intro')}</Paragraph>
              <OutcomeAlert value={save.feedback} headingLevel={2} />
              <ConflictAlert
                headingLevel={2}
                conflict={save.conflict}
                onReload={() => void onReload()}
              />
              <ErrorSummary errors={errors} attempt={save.attempt} />
              <form noValidate onSubmit={submit}>
                <Column gap="large">
                  <HouseholdFields value={household} onChange={setHousehold} />
                  <CheckboxGroup
                    id="intake-violence"
                    legend={t('cases.intake.violenceForms')}
                    errors={errors}
                    options={violenceForms.map((value) => ({
                      value,
                      label: t(`cases.violence.${value}`),
                    }))}
                    values={forms}
                    onChange={setForms}
                  />
                  <FieldSet
                    legend={t('cases.intake.lifeDomains')}
                    hint={t('cases.intake.lifeDomainsHint')}
                  >
                    <div className="schakel-choices schakel-choices--columns">
                      {lifeDomains.map((domain) => (
                        <FormField
                          key={domain}
                          id={`intake-domain-${domain}`}
                          label={t(`cases.domain.${domain}`)}
                        >
                          {(input) => (
                            <Select
                              {...input}
                              value={domains[domain] ?? ''}
                              onChange={(event) => {
                                const level = concernLevels.find((l) => l === event.target.value);
                                const { [domain]: _, ...others } = domains;
                                setDomains(level ? { ...others, [domain]: level } : others);
                              }}
                            >
                              <Select.Option value="">{t('cases.concern.none')}</Select.Option>
                              {concernLevels.map((level) => (
                                <Select.Option key={level} value={level}>
                                  {t(`cases.concern.${level}`)}
                                </Select.Option>
                              ))}
                            </Select>
                          )}
                        </FormField>
                      ))}
                    </div>
                  </FieldSet>
                  <QueryState query={organisations}>
                    {(page) => {
                      // The district's organisations, and any the intake named from elsewhere.
                      const shown = [
                        ...page.items,
                        ...(intake?.involvedOrganisations ?? []).filter(
                          (named) => !page.items.some((item) => item.id === named.id),
                        ),
                      ];
                      return shown.length === 0 ? (
                        <Paragraph>{t('cases.intake.involvedNone')}</Paragraph>
                      ) : (
                        <CheckboxGroup
                          id="intake-involved"
                          legend={t('cases.intake.involved')}
                          errors={errors}
                          options={shown.map((item) => ({ value: item.id, label: item.name }))}
                          values={involved}
                          onChange={setInvolved}
                        />
                      );
                    }}
                  </QueryState>
                  <QueryState query={riskSignals}>
                    {(list) => {
                      const known = new Set(list.signals.map((signal) => signal.id));
                      const options = [
                        ...list.signals.map((signal) => ({
                          value: signal.id,
                          label: signal[language],
                        })),
                        // A signal the district took off its list stays on the case that named it.
                        ...signals
                          .filter((id) => !known.has(id))
                          .map((id) => ({ value: id, label: id })),
                      ];
                      return (
                        <CheckboxGroup
                          id="intake-signals"
                          legend={t('cases.intake.riskSignals')}
                          description={t('cases.intake.riskSignalsHint')}
                          errors={errors}
                          options={options}
                          values={signals}
                          onChange={setSignals}
                        />
                      );
                    }}
                  </QueryState>
                  <RadioGroup
                    id="intake-urgency"
                    legend={t('cases.intake.urgency')}
                    options={urgencies.map((value) => ({
                      value,
                      label: t(`cases.urgency.${value}`),
                    }))}
                    value={urgency}
                    onChange={setUrgency}
                  />
                  <PersonalDataTextArea
                    id="intake-question"
                    label={t('cases.intake.question')}
                    description={t('cases.intake.questionHint')}
                    rows={3}
                    value={question}
                    onChange={setQuestion}
                    error={errors.find((e) => e.field === 'intake-question')?.message}
                    serverFindings={save.findingsIn('question')}
                  />
                  <PersonalDataTextArea
                    id="intake-description"
                    label={t('cases.intake.description')}
                    description={t('cases.intake.descriptionHint')}
                    value={description}
                    onChange={setDescription}
                    error={errors.find((e) => e.field === 'intake-description')?.message}
                    serverFindings={save.findingsIn('description')}
                  />
                  <div>
                    <Button type="submit">
                      {save.isPending ? t('form.busy') : t('cases.intake.save')}
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

/** The household without names: each person an adult or a child, an age band, a relation. */
function HouseholdFields({
  value,
  onChange,
}: {
  value: Household;
  onChange(value: Household): void;
}) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<Household[number]>) =>
    onChange(value.map((person, at) => (at === index ? { ...person, ...change } : person)));
  const add = (role: 'adult' | 'child') =>
    onChange([
      ...value,
      role === 'adult'
        ? { role, ageBand: '26-45', relation: 'mother' }
        : { role, ageBand: '4-11', relation: 'child' },
    ]);
  return (
    <FieldSet legend={t('cases.intake.household')} hint={t('cases.intake.householdHint')}>
      <Column gap="large">
        {value.length === 0 && <Paragraph>{t('cases.intake.householdNone')}</Paragraph>}
        {value.map((person, index) => {
          const number = index + 1;
          const prefix = `intake-person-${number}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: people without names have only their place
            <FieldSet key={index} legend={t('cases.intake.personHeading', { number })}>
              <Row gap="large" wrap alignVertical="end">
                <FormField id={`${prefix}-role`} label={t('cases.intake.role')}>
                  {(input) => (
                    <Select
                      {...input}
                      value={person.role}
                      onChange={(event) =>
                        set(index, { role: event.target.value === 'child' ? 'child' : 'adult' })
                      }
                    >
                      <Select.Option value="adult">{t('cases.member.adult')}</Select.Option>
                      <Select.Option value="child">{t('cases.member.child')}</Select.Option>
                    </Select>
                  )}
                </FormField>
                <FormField id={`${prefix}-age`} label={t('cases.intake.ageBand')}>
                  {(input) => (
                    <Select
                      {...input}
                      value={person.ageBand}
                      onChange={(event) => {
                        const band = ageBands.find((b) => b === event.target.value);
                        if (band) set(index, { ageBand: band });
                      }}
                    >
                      {ageBands.map((band) => (
                        <Select.Option key={band} value={band}>
                          {t('cases.ageBand', { band })}
                        </Select.Option>
                      ))}
                    </Select>
                  )}
                </FormField>
                <FormField id={`${prefix}-relation`} label={t('cases.intake.relation')}>
                  {(input) => (
                    <Select
                      {...input}
                      value={person.relation}
                      onChange={(event) => {
                        const relation = householdRelations.find((r) => r === event.target.value);
                        if (relation) set(index, { relation });
                      }}
                    >
                      {householdRelations.map((relation) => (
                        <Select.Option key={relation} value={relation}>
                          {t(`cases.relation.${relation}`)}
                        </Select.Option>
                      ))}
                    </Select>
                  )}
                </FormField>
                <Button
                  variant="tertiary"
                  aria-label={t('cases.intake.removeLabel', { number })}
                  onClick={() => onChange(value.filter((_, at) => at !== index))}
                >
                  {t('cases.intake.remove')}
                </Button>
              </Row>
            </FieldSet>
          );
        })}
        {value.length < maxHousehold ? (
          <Row gap="small" wrap>
            <Button id="intake-household-add" variant="secondary" onClick={() => add('adult')}>
              {t('cases.intake.addAdult')}
            </Button>
            <Button variant="secondary" onClick={() => add('child')}>
              {t('cases.intake.addChild')}
            </Button>
          </Row>
        ) : (
          <Paragraph id="intake-household-add" tabIndex={-1}>
            {t('cases.intake.householdFull', { max: maxHousehold })}
          </Paragraph>
        )}
      </Column>
    </FieldSet>
  );
}
