import {
  Button,
  Column,
  DescriptionList,
  Grid,
  Heading,
  Link,
  Paragraph,
} from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Action, Case } from '../../../shared/schemas/cases.js';
import { useDateTime, useDay } from '../../lib/dates.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { useFocusLater } from '../../lib/useFocusLater.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { ConfirmableAction } from '../admin/ConfirmableAction.js';
import { type Outcome, OutcomeAlert, outcome } from '../admin/OutcomeAlert.js';
import { PermissionGate } from '../admin/PermissionGate.js';
import { RecordState } from '../admin/RecordState.js';
import { useAdminMutation } from '../admin/useAdminMutation.js';
import { ActionForm } from './ActionForm.js';
import { ActionSummary } from './ActionSummary.js';
import { BreakthroughForm } from './BreakthroughForm.js';
import { CaseBreadcrumb } from './CaseBreadcrumb.js';
import { casesApi } from './casesApi.js';
import { casesPaths } from './casesPaths.js';
import { useCase, useCaseChanged, useReloadCase, useRiskSignals } from './casesQueries.js';
import { ErasedNotice, takesText } from './ErasedNotice.js';
import { StageSection } from './StageSection.js';

/**
 * /casussen/:id — one case: its intake, its stage, the actions agreed at the table, its
 * breakthroughs and its consent. Every opening is a read the server audits.
 */
export function CasePage() {
  const { id = '' } = useParams();
  return (
    <PermissionGate actions={['cases.work']}>
      {() => <LoadedCase key={id} id={id} />}
    </PermissionGate>
  );
}

function LoadedCase({ id }: { id: string }) {
  const query = useCase(id);
  return <RecordState query={query}>{(found) => <CaseView found={found} />}</RecordState>;
}

function CaseView({ found }: { found: Case }) {
  const { t } = useTranslation();
  usePageTitle(t('cases.case.title', { code: found.code }));
  const changed = useCaseChanged();
  const reload = useReloadCase(found.id);
  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <CaseBreadcrumb />
          <Heading level={1}>{t('cases.case.heading', { code: found.code })}</Heading>
          <Paragraph>
            {t('cases.case.meta', {
              group: found.networkGroup.name,
              holder: found.holder.displayName,
              organisation: found.holderOrganisation.name,
            })}
          </Paragraph>
          <ErasedNotice found={found} />
          <IntakeSummary found={found} />
          <StageSection found={found} onSaved={changed} onReload={() => void reload()} />
          <ActionsSection found={found} onReload={() => void reload()} />
          <BreakthroughsSection found={found} />
          <ConsentSection found={found} />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

/** What the intake says, structure first; a link to fill it in or change it. */
function IntakeSummary({ found }: { found: Case }) {
  const { t, i18n } = useTranslation();
  const dateTime = useDateTime();
  const signals = useRiskSignals(found.networkGroup.districtCode);
  const { intake } = found;
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : t('cases.notSet'));
  const signalName = (id: string) =>
    signals.data?.signals.find((signal) => signal.id === id)?.[language] ?? id;
  return (
    <Column as="section" gap="small" aria-labelledby="intake-heading">
      <Heading level={2} id="intake-heading">
        {t('cases.intake.heading')}
      </Heading>
      {!intake ? (
        <Paragraph>{t('cases.intake.none')}</Paragraph>
      ) : (
        <>
          <Paragraph size="small">
            {t('cases.intake.savedAt', { date: dateTime(intake.savedAt) })}
          </Paragraph>
          <DescriptionList>
            <DescriptionList.Term>{t('cases.intake.urgency')}</DescriptionList.Term>
            <DescriptionList.Description>
              {t(`cases.urgency.${intake.urgency}`)}
            </DescriptionList.Description>
            <DescriptionList.Term>{t('cases.intake.household')}</DescriptionList.Term>
            <DescriptionList.Description>
              {list(
                intake.household.map(
                  (person) =>
                    `${t(`cases.relation.${person.relation}`)} (${t('cases.ageBand', { band: person.ageBand })})`,
                ),
              )}
            </DescriptionList.Description>
            <DescriptionList.Term>{t('cases.intake.violenceForms')}</DescriptionList.Term>
            <DescriptionList.Description>
              {list(intake.violenceForms.map((form) => t(`cases.violence.${form}`)))}
            </DescriptionList.Description>
            <DescriptionList.Term>{t('cases.intake.lifeDomains')}</DescriptionList.Term>
            <DescriptionList.Description>
              {list(
                Object.entries(intake.lifeDomains).map(
                  ([domain, level]) =>
                    `${t(`cases.domain.${domain}`)}: ${t(`cases.concern.${level}`)}`,
                ),
              )}
            </DescriptionList.Description>
            <DescriptionList.Term>{t('cases.intake.involved')}</DescriptionList.Term>
            <DescriptionList.Description>
              {list(intake.involvedOrganisations.map((organisation) => organisation.name))}
            </DescriptionList.Description>
            <DescriptionList.Term>{t('cases.intake.riskSignals')}</DescriptionList.Term>
            <DescriptionList.Description>
              {list(intake.riskSignals.map(signalName))}
            </DescriptionList.Description>
            {takesText(found) && (
              <>
                <DescriptionList.Term>{t('cases.intake.question')}</DescriptionList.Term>
                <DescriptionList.Description>
                  {intake.question || t('cases.notSet')}
                </DescriptionList.Description>
                <DescriptionList.Term>{t('cases.intake.description')}</DescriptionList.Term>
                <DescriptionList.Description className="schakel-case-text">
                  {intake.description || t('cases.notSet')}
                </DescriptionList.Description>
              </>
            )}
          </DescriptionList>
        </>
      )}
      {takesText(found) && (
        <Paragraph>
          <Link href={casesPaths.intake(found.id)} linkComponent={RouterLink}>
            {intake ? t('cases.intake.edit') : t('cases.intake.fill')}
          </Link>
        </Paragraph>
      )}
    </Column>
  );
}

/** The actions agreed at the table: each with its owner, due date and status; add or update. */
function ActionsSection({ found, onReload }: { found: Case; onReload(): void }) {
  const { t } = useTranslation();
  const day = useDay();
  const changed = useCaseChanged();
  const [open, setOpen] = useState<string | 'new'>();
  const [feedback, setFeedback] = useState<Outcome>();
  const focusLater = useFocusLater();
  const ownerOf = (action: Action) => action.ownerOrganisation.name;
  const buttonOf = (which: string | 'new') =>
    which === 'new' ? 'action-add' : `action-edit-${which}`;
  const prefixOf = (which: string | 'new') => `action-${which}`;
  const openForm = (which: string | 'new') => {
    setFeedback(undefined);
    setOpen(which);
    focusLater(`${prefixOf(which)}-text`);
  };
  const closeForm = () => {
    if (open) focusLater(buttonOf(open));
    setOpen(undefined);
  };
  // The forms write text: none once the case's texts are gone (withdrawn meanwhile).
  const writable = takesText(found);

  function saved(action: Action, created: boolean) {
    const actions = created
      ? [...found.actions, action]
      : found.actions.map((known) => (known.id === action.id ? action : known));
    changed({ ...found, actions });
    setOpen(undefined);
    setFeedback(
      outcome(
        true,
        t(created ? 'cases.action.added' : 'cases.action.saved', { owner: ownerOf(action) }),
      ),
    );
  }
  const formProps = {
    found,
    onSaved: saved,
    onCancel: closeForm,
    onReload: () => {
      closeForm();
      onReload();
    },
  };

  return (
    <Column as="section" gap="small" aria-labelledby="actions-heading">
      <Heading level={2} id="actions-heading">
        {t('cases.action.heading')}
      </Heading>
      <Paragraph>{t('cases.action.intro')}</Paragraph>
      <OutcomeAlert value={feedback} headingLevel={3} />
      {found.actions.length === 0 ? (
        <Paragraph>{t('cases.action.none')}</Paragraph>
      ) : (
        <ul className="schakel-records" aria-label={t('cases.action.listLabel')}>
          {found.actions.map((action) => (
            <li key={action.id} className="schakel-record">
              {writable && open === action.id ? (
                <ActionForm {...formProps} action={action} idPrefix={prefixOf(action.id)} />
              ) : (
                <ActionSummary action={action}>
                  {writable && (
                    <div>
                      <Button
                        id={buttonOf(action.id)}
                        variant="secondary"
                        aria-label={t('cases.action.editLabel', {
                          owner: ownerOf(action),
                          date: day(action.dueOn),
                        })}
                        onClick={() => openForm(action.id)}
                      >
                        {t('cases.action.edit')}
                      </Button>
                    </div>
                  )}
                </ActionSummary>
              )}
            </li>
          ))}
        </ul>
      )}
      {writable &&
        found.status !== 'closed' &&
        (open === 'new' ? (
          <div className="schakel-record">
            <ActionForm {...formProps} idPrefix={prefixOf('new')} />
          </div>
        ) : (
          <div>
            <Button id={buttonOf('new')} variant="secondary" onClick={() => openForm('new')}>
              {t('cases.action.add')}
            </Button>
          </div>
        ))}
    </Column>
  );
}

/** What unblocked the situation, and who did it. */
function BreakthroughsSection({ found }: { found: Case }) {
  const { t } = useTranslation();
  const day = useDay();
  const changed = useCaseChanged();
  const [adding, setAdding] = useState(false);
  const [feedback, setFeedback] = useState<Outcome>();
  const focusLater = useFocusLater();
  return (
    <Column as="section" gap="small" aria-labelledby="breakthroughs-heading">
      <Heading level={2} id="breakthroughs-heading">
        {t('cases.breakthrough.heading')}
      </Heading>
      <Paragraph>{t('cases.breakthrough.intro')}</Paragraph>
      <OutcomeAlert value={feedback} headingLevel={3} />
      {found.breakthroughs.length === 0 ? (
        <Paragraph>{t('cases.breakthrough.none')}</Paragraph>
      ) : (
        <ul className="schakel-records" aria-label={t('cases.breakthrough.listLabel')}>
          {found.breakthroughs.map((breakthrough) => (
            <li key={breakthrough.id} className="schakel-record">
              <Column gap="x-small">
                {breakthrough.description && (
                  <Paragraph className="schakel-case-text">{breakthrough.description}</Paragraph>
                )}
                <Paragraph size="small">
                  {t('cases.breakthrough.item', {
                    date: day(breakthrough.occurredOn),
                    partners: breakthrough.partnerOrganisations.map((p) => p.name).join(', '),
                  })}
                </Paragraph>
              </Column>
            </li>
          ))}
        </ul>
      )}
      {takesText(found) &&
        (adding ? (
          <div className="schakel-record">
            <BreakthroughForm
              found={found}
              onSaved={(saved) => {
                changed(saved);
                setAdding(false);
                setFeedback(outcome(true, t('cases.breakthrough.saved')));
              }}
              onCancel={() => {
                setAdding(false);
                focusLater('breakthrough-add');
              }}
            />
          </div>
        ) : (
          <div>
            <Button
              id="breakthrough-add"
              variant="secondary"
              onClick={() => {
                setFeedback(undefined);
                setAdding(true);
                focusLater('breakthrough-description');
              }}
            >
              {t('cases.breakthrough.add')}
            </Button>
          </div>
        ))}
    </Column>
  );
}

/** When and how the household agreed; withdrawing it closes the case and erases its texts. */
function ConsentSection({ found }: { found: Case }) {
  const { t } = useTranslation();
  const day = useDay();
  const dateTime = useDateTime();
  const changed = useCaseChanged();
  const withdraw = useAdminMutation({
    mutationFn: () => casesApi.withdrawConsent(found.id),
    done: () => t('cases.case.withdrawn'),
    failedHeading: () => t('cases.case.withdrawFailed'),
    onSuccess: changed,
  });
  const { consent } = found;
  return (
    <Column as="section" gap="small" aria-labelledby="consent-heading">
      <Heading level={2} id="consent-heading">
        {t('cases.case.consentHeading')}
      </Heading>
      <OutcomeAlert value={withdraw.feedback} headingLevel={3} />
      <Paragraph>
        {t('cases.case.consentGiven', {
          form: t(`cases.consentForm.${consent.form}`),
          date: day(consent.givenOn),
          recorded: dateTime(consent.recordedAt),
        })}
      </Paragraph>
      {consent.withdrawnAt ? (
        <Paragraph>
          {t('cases.case.consentWithdrawn', { date: dateTime(consent.withdrawnAt) })}
        </Paragraph>
      ) : (
        <ConfirmableAction
          label={t('cases.case.withdraw')}
          question={t('cases.case.withdrawQuestion')}
          confirmLabel={t('cases.case.withdrawConfirm')}
          busy={withdraw.isPending}
          onConfirm={() => withdraw.mutate(undefined)}
        />
      )}
    </Column>
  );
}
