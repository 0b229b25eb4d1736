import { useQuery } from '@tanstack/react-query';
import {
  publicDirectoryEntrySchema,
  publicDirectorySearchPageSchema,
} from '../../../shared/schemas/public-directory.js';
import { get } from '../../lib/api.js';

/** What a resident asks for. The words travel in the request only, never in the page's address. */
export interface PublicSearch {
  q: string;
  district: string;
  category: string;
}

export const emptySearch: PublicSearch = { q: '', district: '', category: '' };

/** Organisations per page of results. */
export const publicPageSize = 20;

export const publicDirectoryApi = {
  search: (search: Partial<PublicSearch> & { page: number; pageSize: number }) => {
    const params = new URLSearchParams();
    if (search.q?.trim()) params.set('q', search.q.trim());
    if (search.district) params.set('district', search.district);
    if (search.category) params.set('category', search.category);
    params.set('page', String(search.page));
    params.set('pageSize', String(search.pageSize));
    return get(`/public/directory/search?${params}`, publicDirectorySearchPageSchema);
  },
  entry: (id: string) =>
    get(`/public/directory/organisations/${encodeURIComponent(id)}`, publicDirectoryEntrySchema),
};

const queryKey = ['public-directory'] as const;

/**
 * Whether this installation shows the public page: the API answers 404 when it does not. One
 * small search, asked once per visit.
 */
export const usePublicDirectoryAvailability = () =>
  useQuery({
    queryKey: [...queryKey, 'availability'],
    queryFn: () => publicDirectoryApi.search({ page: 1, pageSize: 1 }),
    select: () => true,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const usePublicEntry = (id: string) =>
  useQuery({
    queryKey: [...queryKey, 'entry', id],
    queryFn: () => publicDirectoryApi.entry(id),
    retry: false,
  });
