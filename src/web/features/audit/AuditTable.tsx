import { Link, Table } from '@amsterdam/design-system-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/schemas/audit.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { describeDevice } from '../auth/describeDevice.js';
import { actionLabel, outcomeLabel, resourceTypeLabel, rolesLabel } from './auditText.js';

/** Where a person or record in the table leads: the trail filtered by them (administrators). */
export interface AuditLinks {
  user(id: string): string;
  record(type: string, id: string): string;
}

/** "28-11-2026" and "21:18:32": to the second, as a trail needs, in the browser's time zone. */
function useMoment(): (iso: string) => { date: string; time: string } {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'short' });
    const time = new Intl.DateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'medium' });
    return (iso: string) => {
      const moment = new Date(iso);
      return { date: date.format(moment), time: time.format(moment) };
    };
  }, [i18n.resolvedLanguage]);
}

/**
 * Entries of the audit trail, newest first. `everyone`: the administrators' table, with the
 * person's organisation, role and district, and links that filter by person or record. `own`:
 * a person's own trail, with the device instead.
 */
export function AuditTable({
  entries,
  caption,
  captionId,
  variant,
  links,
}: {
  entries: AuditEntry[];
  caption: string;
  captionId: string;
  variant: 'everyone' | 'own';
  links?: AuditLinks | undefined;
}) {
  const { t } = useTranslation();
  const moment = useMoment();
  const everyone = variant === 'everyone';

  return (
    <Table className="schakel-audit-table">
      <Table.Caption id={captionId}>{caption}</Table.Caption>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('audit.column.at')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('audit.column.who')}</Table.HeaderCell>
          {everyone && (
            <>
              <Table.HeaderCell scope="col">{t('audit.column.organisation')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('audit.column.role')}</Table.HeaderCell>
            </>
          )}
          <Table.HeaderCell scope="col">{t('audit.column.action')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('audit.column.outcome')}</Table.HeaderCell>
          {everyone && (
            <>
              <Table.HeaderCell scope="col">{t('audit.column.record')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('audit.column.district')}</Table.HeaderCell>
            </>
          )}
          {!everyone && <Table.HeaderCell scope="col">{t('audit.column.device')}</Table.HeaderCell>}
          <Table.HeaderCell scope="col">{t('audit.column.address')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {entries.map((entry) => {
          const at = moment(entry.at);
          const who = entry.user ? (entry.user.name ?? t('audit.unknownName')) : t('audit.nobody');
          return (
            <Table.Row key={entry.seq}>
              <Table.Cell className="schakel-nowrap">
                <time dateTime={entry.at}>
                  {at.date}
                  <br />
                  {at.time}
                </time>
              </Table.Cell>
              <Table.Cell>
                {entry.user && links ? (
                  <Link
                    href={links.user(entry.user.id)}
                    linkComponent={RouterLink}
                    aria-label={t('audit.filterByPerson', { name: who })}
                  >
                    {who}
                  </Link>
                ) : (
                  who
                )}
              </Table.Cell>
              {everyone && (
                <>
                  <Table.Cell>{entry.organisation?.name ?? ''}</Table.Cell>
                  <Table.Cell>{rolesLabel(t, entry.role)}</Table.Cell>
                </>
              )}
              <Table.Cell>{actionLabel(t, entry.action)}</Table.Cell>
              <Table.Cell>
                {entry.outcome === 'success' ? (
                  outcomeLabel(t, entry.outcome)
                ) : (
                  <strong>{outcomeLabel(t, entry.outcome)}</strong>
                )}
              </Table.Cell>
              {everyone && (
                <>
                  <Table.Cell>
                    <Record entry={entry} links={links} />
                  </Table.Cell>
                  <Table.Cell>{entry.district ?? ''}</Table.Cell>
                </>
              )}
              {!everyone && (
                <Table.Cell>{entry.userAgent ? describeDevice(t, entry.userAgent) : ''}</Table.Cell>
              )}
              <Table.Cell className="schakel-nowrap">{entry.clientAddress ?? ''}</Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </Table>
  );
}

/** What the entry is about: its kind, and its id (a link that filters by it). */
function Record({ entry, links }: { entry: AuditEntry; links: AuditLinks | undefined }) {
  const { t } = useTranslation();
  if (!entry.resourceType) return null;
  const type = resourceTypeLabel(t, entry.resourceType);
  if (!entry.resourceId) return <>{type}</>;
  // The end of an id tells records apart (the start of a UUIDv7 is its time); the whole id is
  // in the link's name, in the tooltip, and in the CSV export.
  const short = entry.resourceId.length > 12 ? `…${entry.resourceId.slice(-8)}` : entry.resourceId;
  const id = (
    <code className="schakel-id" title={entry.resourceId}>
      {short}
    </code>
  );
  return (
    <>
      {type}
      <br />
      {links ? (
        <Link
          href={links.record(entry.resourceType, entry.resourceId)}
          linkComponent={RouterLink}
          aria-label={t('audit.filterByRecord', { type, id: entry.resourceId })}
        >
          {id}
        </Link>
      ) : (
        id
      )}
    </>
  );
}
