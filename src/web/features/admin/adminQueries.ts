import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { meQueryKey } from '../../lib/queries.js';
import { adminApi, type UserSearch } from './adminApi.js';

/**
 * Under ['me'], so that names and e-mail addresses go from memory when the manager signs out.
 * Every read of accounts and groups is audited by the server: nothing is fetched twice for
 * nothing (no refetch on focus), and lists are only fetched when someone asks for them.
 */
export const adminQueryKey = [...meQueryKey, 'admin'] as const;

export const useUsers = (search: UserSearch) =>
  useQuery({
    queryKey: [...adminQueryKey, 'users', search],
    queryFn: () => adminApi.users(search),
    placeholderData: keepPreviousData,
  });

export const useUser = (id: string) =>
  useQuery({
    queryKey: [...adminQueryKey, 'user', id],
    queryFn: () => adminApi.user(id),
    retry: false,
  });

export const useNetworkGroups = (enabled = true) =>
  useQuery({
    queryKey: [...adminQueryKey, 'network-groups'],
    queryFn: adminApi.networkGroups,
    enabled,
  });

export const useNetworkGroup = (id: string) =>
  useQuery({
    queryKey: [...adminQueryKey, 'network-group', id],
    queryFn: () => adminApi.networkGroup(id),
    retry: false,
  });

export const useCandidates = (id: string) =>
  useQuery({
    queryKey: [...adminQueryKey, 'network-group', id, 'candidates'],
    queryFn: () => adminApi.candidates(id),
  });

/** Organisations are public: kept under the same key as the start page's, to share freshness. */
export const useOrganisationPage = (query: {
  district?: string | undefined;
  page?: number;
  pageSize?: number;
}) =>
  useQuery({
    queryKey: ['organisations', 'admin', query],
    queryFn: () => adminApi.organisations(query),
    placeholderData: keepPreviousData,
  });

/** The public lists a change can touch besides the managers' own. */
export type RefreshKey = 'organisations' | 'districts';

/** After a change: whatever the managers' pages (and the start page) show is fetched anew. */
export function useRefreshAdmin() {
  const queryClient = useQueryClient();
  return useCallback(
    (...extra: RefreshKey[]) => {
      void queryClient.invalidateQueries({ queryKey: adminQueryKey });
      for (const key of extra) void queryClient.invalidateQueries({ queryKey: [key] });
    },
    [queryClient],
  );
}
