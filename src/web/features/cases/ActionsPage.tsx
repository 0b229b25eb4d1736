import { Column, Grid, Heading, Link, Paragraph, Switch } from '@amsterdam/design-system-react';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '../../../shared/schemas/cases.js';
import { QueryState } from '../../lib/QueryState.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { OutcomeAlert } from '../admin/OutcomeAlert.js';
import { PermissionGate } from '../admin/PermissionGate.js';
import { useAdminMutation } from '../admin/useAdminMutation.js';
import { ActionSummary } from './ActionSummary.js';
import { casesApi } from './casesApi.js';
import { casesPaths } from './casesPaths.js';
import { digestKey, useActionList, useDigestSetting } from './casesQueries.js';

/**
 * /casussen/acties — what my organisation agreed to do, what is late in my network groups, and
 * whether I get the daily e-mail about it. The daily e-mail links here.
 */
export function ActionsPage() {
  return <PermissionGate actions={['cases.work']}>{() => <ActionViews />}</PermissionGate>;
}

function ActionViews() {
  const { t } = useTranslation();
  usePageTitle(t('cases.actions.title'));
  const mine = useActionList('my-organisation');
  const overdue = useActionList('overdue');
  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <Heading level={1}>{t('cases.actions.heading')}</Heading>
          <Paragraph>{t('cases.actions.intro')}</Paragraph>
          <Paragraph>
            <Link href={casesPaths.list} linkComponent={RouterLink}>
              {t('cases.actions.toCases')}
            </Link>
          </Paragraph>
          <ActionView
            id="mine"
            heading={t('cases.actions.mine')}
            none={t('cases.actions.mineNone')}
            query={mine}
          />
          <ActionView
            id="overdue"
            heading={t('cases.actions.overdue')}
            none={t('cases.actions.overdueNone')}
            query={overdue}
          />
          <DigestSetting />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

function ActionView({
  id,
  heading,
  none,
  query,
}: {
  id: string;
  heading: string;
  none: string;
  query: ReturnType<typeof useActionList>;
}) {
  const { t } = useTranslation();
  return (
    <Column as="section" gap="small" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {heading}
      </Heading>
      <QueryState query={query}>
        {(actions: Action[]) =>
          actions.length === 0 ? (
            <Paragraph>{none}</Paragraph>
          ) : (
            <ul className="schakel-records" aria-labelledby={`${id}-heading`}>
              {actions.map((action) => (
                <li key={action.id} className="schakel-record">
                  <Column gap="x-small">
                    <Heading level={3} size="level-5">
                      <Link href={casesPaths.case(action.caseId)} linkComponent={RouterLink}>
                        {t('cases.action.ofCase', { code: action.caseCode })}
                      </Link>
                    </Heading>
                    <ActionSummary action={action} />
                  </Column>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Column>
  );
}

/** The daily e-mail of open and late actions: on unless the user turns it off. */
function DigestSetting() {
  const { t } = useTranslation();
  const switchId = useId();
  const queryClient = useQueryClient();
  const setting = useDigestSetting();
  const change = useAdminMutation({
    mutationFn: casesApi.setDigest,
    done: (saved) =>
      t(saved.enabled ? 'cases.actions.digestSavedOn' : 'cases.actions.digestSavedOff'),
    failedHeading: () => t('cases.actions.digestFailed'),
    onSuccess: (saved) => queryClient.setQueryData(digestKey, saved),
  });
  return (
    <Column as="section" gap="small" aria-labelledby="digest-heading">
      <Heading level={2} id="digest-heading">
        {t('cases.actions.digestHeading')}
      </Heading>
      <Paragraph>{t('cases.actions.digestIntro')}</Paragraph>
      <OutcomeAlert value={change.feedback} headingLevel={3} />
      <QueryState query={setting}>
        {(current) => (
          <div className="schakel-switch">
            <Switch
              id={switchId}
              checked={current.enabled}
              disabled={change.isPending}
              onChange={(event) => change.mutate(event.target.checked)}
            />
            <label htmlFor={switchId}>{t('cases.actions.digestOn')}</label>
          </div>
        )}
      </QueryState>
    </Column>
  );
}
