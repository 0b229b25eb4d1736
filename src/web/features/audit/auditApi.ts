import { auditPageSchema } from '../../../shared/schemas/audit.js';
import { get } from '../../lib/api.js';

export const auditPageSize = 50;

/** The audit trail: everyone's (administrators), and the signed-in person's own. */
export const auditApi = {
  /** `query` holds the filters as the API takes them (ids, action, ISO moments). */
  search: (query: URLSearchParams, page: number) => {
    const params = new URLSearchParams(query);
    params.set('page', String(page));
    params.set('pageSize', String(auditPageSize));
    return get(`/audit-entries?${params}`, auditPageSchema);
  },
  /** The address of the CSV export: a plain link downloads it with the session cookie. */
  exportHref: (query: URLSearchParams) => {
    const params = query.toString();
    return `/api/v1/audit-entries/export${params ? `?${params}` : ''}`;
  },
  mine: (page: number) =>
    get(`/me/audit-entries?page=${page}&pageSize=${auditPageSize}`, auditPageSchema),
};
