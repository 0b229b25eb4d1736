import {
  type AccessRoute,
  type DirectoryLanguage,
  directoryEntrySchema,
  directorySearchPageSchema,
  directoryWhoIsWhoSchema,
  type ServiceCategory,
  type TargetGroup,
} from '../../../shared/schemas/directory.js';
import type { OrganisationKind } from '../../../shared/schemas/organisation.js';
import { get } from '../../lib/api.js';

/** The filters of a search: values of fixed lists, harmless in an address. */
export interface DirectoryFilters {
  district?: string | undefined;
  kind?: OrganisationKind | undefined;
  category?: ServiceCategory | undefined;
  targetGroup?: TargetGroup | undefined;
  language?: DirectoryLanguage | undefined;
  access?: AccessRoute | undefined;
}

/** A search: the words (never in the web app's address), the filters and the page. */
export interface DirectorySearch extends DirectoryFilters {
  q: string;
  page: number;
}

/** Results per page of the search. */
export const searchPageSize = 20;

const enc = encodeURIComponent;

export const directoryApi = {
  search(search: DirectorySearch, signal?: AbortSignal) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(search)) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    params.set('pageSize', String(searchPageSize));
    return get(`/directory/search?${params}`, directorySearchPageSchema, { signal });
  },
  entry: (id: string, signal?: AbortSignal) =>
    get(`/directory/organisations/${enc(id)}`, directoryEntrySchema, { signal }),
  whoIsWho: (districtCode: string, signal?: AbortSignal) =>
    get(`/directory/who-is-who/${enc(districtCode)}`, directoryWhoIsWhoSchema, { signal }),
};
