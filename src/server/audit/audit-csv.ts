import { stringify } from 'csv-stringify/sync';
import type { AuditEntry } from '../../shared/schemas/audit.js';

const columns = [
  'seq',
  'at',
  'user_id',
  'user_name',
  'organisation',
  'role',
  'action',
  'outcome',
  'resource_type',
  'resource_id',
  'district',
  'purpose',
  'client_address',
  'user_agent',
  'request_id',
];

/**
 * A spreadsheet program runs a cell that starts with = + - @ as a formula; a user agent
 * string is chosen by whoever sends it, so such cells get a leading apostrophe (OWASP).
 */
export const inert = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

export function auditCsv(entries: AuditEntry[]): string {
  return stringify(
    entries.map((entry) =>
      [
        entry.seq,
        entry.at,
        entry.user?.id ?? null,
        entry.user?.name ?? null,
        entry.organisation?.name ?? null,
        entry.role,
        entry.action,
        entry.outcome,
        entry.resourceType,
        entry.resourceId,
        entry.district,
        entry.purpose,
        entry.clientAddress,
        entry.userAgent,
        entry.requestId,
      ].map(inert),
    ),
    { header: true, columns, bom: true },
  );
}
