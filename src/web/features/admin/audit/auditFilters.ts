import { adminPaths } from '../adminPaths.js';

/**
 * The audit trail's filters as the address holds them: ids, action names and dates only —
 * never a name or an e-mail address. Dates are whole days (yyyy-mm-dd), both inclusive.
 */
export interface AuditFilters {
  user?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  until?: string | undefined;
}

export const filterNames = [
  'user',
  'resourceType',
  'resourceId',
  'action',
  'from',
  'until',
] as const;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of a day (yyyy-mm-dd) in this browser's time zone, or undefined if it is none. */
export function startOfDay(day: string, plusDays = 0): Date | undefined {
  const match = dayPattern.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const moment = new Date(year, month - 1, date + plusDays);
  return Number.isNaN(moment.getTime()) ? undefined : moment;
}

export function filtersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of filterNames) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** The address's query for these filters (and page), leaving out what is empty. */
export function filterParams(filters: AuditFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The audit trail page with these filters: for links from an account or a table row. */
export function auditTrailHref(filters: AuditFilters): string {
  const query = filterParams(filters).toString();
  return query ? `${adminPaths.auditTrail}?${query}` : adminPaths.auditTrail;
}

/** The API's query for these filters: the days become moments, the last day up to its end. */
export function apiParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.user) params.set('user', filters.user);
  if (filters.resourceType) params.set('resourceType', filters.resourceType);
  if (filters.resourceId) params.set('resourceId', filters.resourceId);
  if (filters.action) params.set('action', filters.action);
  const from = filters.from ? startOfDay(filters.from) : undefined;
  const until = filters.until ? startOfDay(filters.until, 1) : undefined;
  if (from) params.set('from', from.toISOString());
  if (until) params.set('until', until.toISOString());
  return params;
}
