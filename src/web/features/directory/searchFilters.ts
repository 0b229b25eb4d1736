import {
  accessRoutes,
  directoryLanguages,
  serviceCategories,
  targetGroups,
} from '../../../shared/schemas/directory.js';
import { organisationKinds } from '../../../shared/schemas/organisation.js';
import type { DirectoryFilters } from './directoryApi.js';

/** The filters, in the order the page shows them, with the values each can take. */
export const filterFields = [
  'district',
  'kind',
  'category',
  'targetGroup',
  'language',
  'access',
] as const;
export type FilterField = (typeof filterFields)[number];

const allowed: Record<Exclude<FilterField, 'district'>, readonly string[]> = {
  kind: organisationKinds,
  category: serviceCategories,
  targetGroup: targetGroups,
  language: directoryLanguages,
  access: accessRoutes,
};

/**
 * The filters in the address (`?district=ZO&targetGroup=men-fathers`): values from fixed lists
 * only, never words someone typed. A value that is not on its list is ignored.
 */
export function filtersFrom(params: URLSearchParams): DirectoryFilters {
  const filters: Record<string, string> = {};
  for (const field of filterFields) {
    const value = params.get(field);
    if (!value) continue;
    const valid =
      field === 'district' ? /^[A-Z]{2,4}$/.test(value) : allowed[field].includes(value);
    if (valid) filters[field] = value;
  }
  return filters as DirectoryFilters;
}

/** The filters as the address's query, in a fixed order (and without a page: the first). */
export function addressOf(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of filterFields) {
    const value = filters[field];
    if (value) params.set(field, value);
  }
  return params;
}
