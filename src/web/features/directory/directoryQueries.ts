import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { meQueryKey } from '../../lib/queries.js';
import { type DirectorySearch, directoryApi } from './directoryApi.js';

/**
 * Under ['me'], so that what the directory showed — warm-line contacts are named people — goes
 * from memory when the user signs out; with 'directory' in every key, so that a change made on
 * the editing pages marks all of it as stale. Reading an entry or a who-is-who with contacts is
 * audited by the server: nothing is fetched again for nothing (no refetch on focus, no retry of
 * a refusal).
 */
export const directoryQueryKey = [...meQueryKey, 'directory'] as const;

/** The words last searched for, kept in memory (never in the address) for the way back. */
export const searchTextKey = [...directoryQueryKey, 'search-text'] as const;

/**
 * The search, with the whole search in the key: a new word or filter is a new query, and the
 * answer to an older one is cancelled (the signal) rather than shown late. While the next
 * answer is on its way, the previous results stay on screen.
 */
export const useDirectorySearch = (search: DirectorySearch) =>
  useQuery({
    queryKey: [...directoryQueryKey, 'search', search],
    queryFn: ({ signal }) => directoryApi.search(search, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useDirectoryEntry = (id: string) =>
  useQuery({
    queryKey: [...directoryQueryKey, 'entry', id],
    queryFn: ({ signal }) => directoryApi.entry(id, signal),
    retry: false,
    staleTime: 60_000,
  });

export const useWhoIsWho = (districtCode: string) =>
  useQuery({
    queryKey: [...directoryQueryKey, 'who-is-who', districtCode],
    queryFn: ({ signal }) => directoryApi.whoIsWho(districtCode, signal),
    retry: false,
    staleTime: 60_000,
  });
