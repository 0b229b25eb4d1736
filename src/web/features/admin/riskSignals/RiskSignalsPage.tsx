import { Button, Column, Grid, Heading, Paragraph, Row } from '@amsterdam/design-system-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultRiskSignals,
  type RiskSignal,
  type RiskSignalList,
} from '../../../../shared/schemas/cases.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import type { FormError } from '../../../lib/formErrors.js';
import { QueryState } from '../../../lib/QueryState.js';
import { useDistricts } from '../../../lib/queries.js';
import { useFocusLater } from '../../../lib/useFocusLater.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { casesApi } from '../../cases/casesApi.js';
import { riskSignalsKey, useRiskSignals } from '../../cases/casesQueries.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { ChoiceField } from '../ChoiceField.js';
import { districtReach } from '../districtReach.js';
import { OutcomeAlert } from '../OutcomeAlert.js';
import { PermissionGate } from '../PermissionGate.js';
import { TextField } from '../TextField.js';
import { useAdminMutation } from '../useAdminMutation.js';
import { signalId } from './signalId.js';

/** A signal as the form holds it: `id` stays for the signals already on the list. */
interface SignalRow {
  key: number;
  id?: string;
  nl: string;
  en: string;
}

const maxText = 200;

/**
 * /beheer/risicosignalen — the checklist of risk signals the intake offers in a district: the
 * coordinator (or an administrator) writes it in Dutch and English. A signal taken off the list
 * stays on the cases that named it.
 */
export function RiskSignalsPage() {
  return (
    <PermissionGate actions={['risk-signals.configure']}>
      {(me) => <RiskSignals me={me} />}
    </PermissionGate>
  );
}

function RiskSignals({ me }: { me: Me }) {
  const { t } = useTranslation();
  usePageTitle(t('admin.riskSignals.title'));
  const districts = useDistricts();
  const reach = districtReach(me, 'risk-signals.configure');
  const choices = reach ?? districts.data?.items ?? [];
  const [district, setDistrict] = useState('');
  const chosen = district || (choices.length === 1 ? (choices[0]?.code ?? '') : '');
  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <AdminBreadcrumb />
          <Heading level={1}>{t('admin.riskSignals.heading')}</Heading>
          <Paragraph>{t('admin.riskSignals.intro')}</Paragraph>
          {choices.length !== 1 && (
            <ChoiceField
              id="risk-signals-district"
              label={t('admin.riskSignals.district')}
              errors={[]}
              value={chosen}
              onChange={setDistrict}
              loading={districts.isPending}
              options={choices.map((item) => ({ value: item.code, label: item.name }))}
            />
          )}
          {chosen && <DistrictSignals key={chosen} districtCode={chosen} />}
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

function DistrictSignals({ districtCode }: { districtCode: string }) {
  const signals = useRiskSignals(districtCode);
  return <QueryState query={signals}>{(list) => <SignalsForm list={list} />}</QueryState>;
}

const rowsOf = (signals: readonly RiskSignal[]): SignalRow[] =>
  signals.map((signal, key) => ({ key, id: signal.id, nl: signal.nl, en: signal.en }));

function SignalsForm({ list }: { list: RiskSignalList }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const focusLater = useFocusLater();
  const [rows, setRows] = useState<SignalRow[]>(() => rowsOf(list.signals));
  const [nextKey, setNextKey] = useState(list.signals.length);
  const save = useAdminMutation({
    mutationFn: (signals: RiskSignal[]) => casesApi.saveRiskSignals(list.districtCode, signals),
    done: () => t('admin.riskSignals.saved'),
    onSuccess: (saved) => {
      queryClient.setQueryData(riskSignalsKey(list.districtCode), saved);
      setRows(rowsOf(saved.signals));
    },
  });
  const set = (key: number, change: Partial<SignalRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  function add() {
    setRows((current) => [...current, { key: nextKey, nl: '', en: '' }]);
    focusLater(`risk-signal-${nextKey}-nl`);
    setNextKey((key) => key + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const errors: FormError[] = [];
    for (const row of rows) {
      for (const language of ['nl', 'en'] as const) {
        const text = row[language].trim();
        const field = `risk-signal-${row.key}-${language}`;
        if (!text) errors.push({ field, message: t('admin.riskSignals.missing') });
        else if (text.length > maxText) {
          errors.push({ field, message: t('admin.riskSignals.tooLong', { max: maxText }) });
        }
      }
    }
    if (rows.length === 0) errors.push({ message: t('admin.riskSignals.none') });
    save.showErrors(errors);
    if (errors.length > 0) return;
    const taken = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
    const signals = rows.map((row) => {
      const id = row.id ?? signalId(row.nl, taken);
      taken.add(id);
      return { id, nl: row.nl.trim(), en: row.en.trim() };
    });
    save.mutate(signals);
  }

  return (
    <Column gap="large">
      <Paragraph>
        {list.ownList ? t('admin.riskSignals.ownList') : t('admin.riskSignals.defaultList')}
      </Paragraph>
      <OutcomeAlert value={save.feedback} headingLevel={2} />
      <ErrorSummary errors={save.errors} attempt={save.attempt} />
      <form noValidate onSubmit={submit}>
        <Column gap="large">
          <ol className="schakel-records" aria-label={t('admin.riskSignals.listLabel')}>
            {rows.map((row, index) => (
              <li key={row.key} className="schakel-record">
                <Column gap="small">
                  <Heading level={2} size="level-5">
                    {t('admin.riskSignals.number', { number: index + 1 })}
                  </Heading>
                  <TextField
                    id={`risk-signal-${row.key}-nl`}
                    label={t('admin.riskSignals.dutch')}
                    errors={save.errors}
                    name={`signal-${row.key}-nl`}
                    value={row.nl}
                    onChange={(nl) => set(row.key, { nl })}
                  />
                  <TextField
                    id={`risk-signal-${row.key}-en`}
                    label={t('admin.riskSignals.english')}
                    errors={save.errors}
                    name={`signal-${row.key}-en`}
                    value={row.en}
                    onChange={(en) => set(row.key, { en })}
                  />
                  <div>
                    <Button
                      variant="tertiary"
                      aria-label={t('admin.riskSignals.removeLabel', { number: index + 1 })}
                      onClick={() => {
                        setRows((current) => current.filter((other) => other.key !== row.key));
                        focusLater('risk-signals-add');
                      }}
                    >
                      {t('admin.riskSignals.remove')}
                    </Button>
                  </div>
                </Column>
              </li>
            ))}
          </ol>
          <Row gap="small" wrap>
            <Button id="risk-signals-add" variant="secondary" onClick={add}>
              {t('admin.riskSignals.add')}
            </Button>
            <Button variant="tertiary" onClick={() => setRows(rowsOf(defaultRiskSignals))}>
              {t('admin.riskSignals.useDefault')}
            </Button>
          </Row>
          <div>
            <Button type="submit">
              {save.isPending ? t('form.busy') : t('admin.riskSignals.save')}
            </Button>
          </div>
        </Column>
      </form>
    </Column>
  );
}
