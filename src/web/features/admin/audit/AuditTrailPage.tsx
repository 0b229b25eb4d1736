import {
  Button,
  Column,
  DateInput,
  Grid,
  Heading,
  Link,
  Paragraph,
  Row,
  Select,
} from '@amsterdam/design-system-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorSummary } from '../../../lib/ErrorSummary.js';
import { FormField } from '../../../lib/FormField.js';
import { errorFor, type FormError } from '../../../lib/formErrors.js';
import { PageLinks, pageFrom } from '../../../lib/PageLinks.js';
import { QueryState } from '../../../lib/QueryState.js';
import { RouterLink } from '../../../lib/RouterLink.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { AuditTable } from '../../audit/AuditTable.js';
import { auditApi } from '../../audit/auditApi.js';
import {
  actionLabel,
  knownActions,
  knownResourceTypes,
  resourceTypeLabel,
} from '../../audit/auditText.js';
import { AdminBreadcrumb } from '../AdminBreadcrumb.js';
import { adminPaths } from '../adminPaths.js';
import { adminQueryKey } from '../adminQueries.js';
import { PermissionGate } from '../PermissionGate.js';
import { TextField } from '../TextField.js';
import {
  type AuditFilters,
  apiParams,
  auditTrailHref,
  filterParams,
  filtersFrom,
  startOfDay,
} from './auditFilters.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /beheer/logboek — the audit trail (administrators): who did what, when, from where. Filters
 * live in the address (ids, actions and days only), so a search can be shared and kept; the
 * CSV export takes the same filters.
 */
export function AuditTrailPage() {
  return <PermissionGate actions={['audit.read']}>{() => <AuditTrail />}</PermissionGate>;
}

const links = {
  user: (id: string) => auditTrailHref({ user: id }),
  record: (type: string, id: string) => auditTrailHref({ resourceType: type, resourceId: id }),
};

function AuditTrail() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const page = pageFrom(params);
  const query = apiParams(filters);
  const [errorCount, setErrorCount] = useState(0);
  usePageTitle(t('audit.trail.title'), errorCount);
  const entries = useQuery({
    queryKey: [...adminQueryKey, 'audit-entries', query.toString(), page],
    queryFn: () => auditApi.search(query, page),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const filtered = Object.keys(filters).length > 0;

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <AdminBreadcrumb />
          <Heading level={1}>{t('audit.trail.heading')}</Heading>
          <Paragraph>{t('audit.trail.intro')}</Paragraph>
        </Column>
      </Grid.Cell>
      <Grid.Cell span="all" as="section" aria-labelledby="audit-filters-heading">
        <FilterForm
          // A link in the table changes the address: the form starts again from it.
          key={params.toString()}
          filters={filters}
          onErrorCount={setErrorCount}
          onSearch={(next) => setParams(filterParams(next))}
        />
      </Grid.Cell>
      <Grid.Cell span="all">
        <QueryState query={entries}>
          {(data) => (
            <Column gap="large">
              <Row gap="large" wrap alignVertical="baseline">
                <Paragraph>
                  <Link href={auditApi.exportHref(query)} download="schakel-audit.csv">
                    {t('audit.trail.download')}
                  </Link>
                </Paragraph>
                {filtered && (
                  <Paragraph>
                    <Link href={adminPaths.auditTrail} linkComponent={RouterLink}>
                      {t('audit.trail.clear')}
                    </Link>
                  </Paragraph>
                )}
              </Row>
              {data.items.length === 0 ? (
                <Paragraph>{t('audit.trail.none')}</Paragraph>
              ) : (
                <>
                  <AuditTable
                    entries={data.items}
                    variant="everyone"
                    captionId="audit-caption"
                    caption={t(filtered ? 'audit.trail.captionFiltered' : 'audit.trail.caption', {
                      count: data.total,
                    })}
                    links={links}
                  />
                  <PageLinks list={data} params={params} />
                </>
              )}
            </Column>
          )}
        </QueryState>
      </Grid.Cell>
    </Grid>
  );
}

function FilterForm({
  filters,
  onSearch,
  onErrorCount,
}: {
  filters: AuditFilters;
  onSearch(filters: AuditFilters): void;
  onErrorCount(count: number): void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Required<Record<keyof AuditFilters, string>>>({
    user: filters.user ?? '',
    resourceType: filters.resourceType ?? '',
    resourceId: filters.resourceId ?? '',
    action: filters.action ?? '',
    from: filters.from ?? '',
    until: filters.until ?? '',
  });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = (name: keyof AuditFilters) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }));

  // The known actions by their words; one in the address this version does not know, as is.
  const actions: string[] = [...knownActions].sort((a, b) =>
    actionLabel(t, a).localeCompare(actionLabel(t, b)),
  );
  if (values.action && !actions.includes(values.action)) actions.unshift(values.action);
  const types: string[] = [...knownResourceTypes];
  if (values.resourceType && !types.includes(values.resourceType))
    types.unshift(values.resourceType);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, value.trim()]),
    ) as typeof values;
    const found: FormError[] = [];
    if (trimmed.user && !uuidPattern.test(trimmed.user)) {
      found.push({ field: 'audit-user', message: t('audit.filter.userInvalid') });
    }
    if (trimmed.resourceId.length > 64) {
      found.push({ field: 'audit-record', message: t('audit.filter.recordTooLong') });
    }
    const from = trimmed.from ? startOfDay(trimmed.from) : undefined;
    const until = trimmed.until ? startOfDay(trimmed.until) : undefined;
    if (trimmed.from && !from) {
      found.push({ field: 'audit-from', message: t('audit.filter.dateInvalid') });
    }
    if (trimmed.until && !until) {
      found.push({ field: 'audit-until', message: t('audit.filter.dateInvalid') });
    }
    if (from && until && from > until) {
      found.push({ field: 'audit-until', message: t('audit.filter.untilBeforeFrom') });
    }
    setErrors(found);
    setAttempt((count) => count + 1);
    onErrorCount(found.length);
    if (found.length === 0) onSearch(trimmed);
  }

  return (
    <Column gap="small">
      <Heading level={2} size="level-3" id="audit-filters-heading">
        {t('audit.filter.heading')}
      </Heading>
      <ErrorSummary errors={errors} attempt={attempt} />
      <form noValidate aria-labelledby="audit-filters-heading" onSubmit={submit}>
        <Column gap="large">
          <div className="schakel-filter-grid">
            <FormField id="audit-action" label={t('audit.filter.action')}>
              {(input) => (
                <Select
                  {...input}
                  value={values.action}
                  onChange={(e) => set('action')(e.target.value)}
                >
                  <Select.Option value="">{t('audit.filter.anyAction')}</Select.Option>
                  {actions.map((action) => (
                    <Select.Option key={action} value={action}>
                      {actionLabel(t, action)}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
            <TextField
              id="audit-user"
              label={t('audit.filter.user')}
              description={t('audit.filter.userHint')}
              errors={errors}
              name="user"
              spellCheck={false}
              value={values.user}
              onChange={set('user')}
            />
            <FormField id="audit-type" label={t('audit.filter.resourceType')}>
              {(input) => (
                <Select
                  {...input}
                  value={values.resourceType}
                  onChange={(e) => set('resourceType')(e.target.value)}
                >
                  <Select.Option value="">{t('audit.filter.anyType')}</Select.Option>
                  {types.map((type) => (
                    <Select.Option key={type} value={type}>
                      {resourceTypeLabel(t, type)}
                    </Select.Option>
                  ))}
                </Select>
              )}
            </FormField>
            <TextField
              id="audit-record"
              label={t('audit.filter.resourceId')}
              description={t('audit.filter.resourceIdHint')}
              errors={errors}
              name="resourceId"
              spellCheck={false}
              value={values.resourceId}
              onChange={set('resourceId')}
            />
            <FormField
              id="audit-from"
              label={t('audit.filter.from')}
              error={errorFor(errors, 'audit-from')}
            >
              {(input) => (
                <DateInput
                  {...input}
                  name="from"
                  value={values.from}
                  onChange={(e) => set('from')(e.target.value)}
                />
              )}
            </FormField>
            <FormField
              id="audit-until"
              label={t('audit.filter.until')}
              error={errorFor(errors, 'audit-until')}
            >
              {(input) => (
                <DateInput
                  {...input}
                  name="until"
                  value={values.until}
                  onChange={(e) => set('until')(e.target.value)}
                />
              )}
            </FormField>
          </div>
          <div>
            <Button type="submit">{t('audit.filter.submit')}</Button>
          </div>
        </Column>
      </form>
    </Column>
  );
}
