import { useQuery } from '@tanstack/react-query';
import { api } from './api.js';

export const useInstance = () =>
  useQuery({ queryKey: ['instance'], queryFn: api.instance, staleTime: Infinity });

export const useDistricts = () =>
  useQuery({ queryKey: ['districts'], queryFn: api.districts, staleTime: 5 * 60_000 });

export const useOrganisations = (district?: string) =>
  useQuery({
    queryKey: ['organisations', { district }],
    queryFn: () => api.organisations({ district }),
  });

/** How many partners serve a district: the list's total, without fetching the list. */
export const usePartnerCount = (district: string) =>
  useQuery({
    queryKey: ['organisations', 'count', { district }],
    queryFn: () => api.organisations({ district, pageSize: 1 }),
    select: (page) => page.total,
  });

/** Who is signed in (null: nobody). Kept fresh after sign-in and sign-out by those actions. */
export const meQueryKey = ['me'] as const;
export const useMe = () => useQuery({ queryKey: meQueryKey, queryFn: api.me, staleTime: 60_000 });

/** Under ['me'], so that whatever belongs to the signed-in user goes when they sign out. */
export const useMySessions = () =>
  useQuery({ queryKey: [...meQueryKey, 'sessions'], queryFn: api.sessions });

export const passkeysQueryKey = [...meQueryKey, 'passkeys'] as const;
export const useMyPasskeys = () => useQuery({ queryKey: passkeysQueryKey, queryFn: api.passkeys });

/** The dev outbox (administrators); under ['me'], so it goes when they sign out. */
export const useDevOutbox = (enabled: boolean) =>
  useQuery({ queryKey: [...meQueryKey, 'dev-outbox'], queryFn: api.devOutbox, enabled });
