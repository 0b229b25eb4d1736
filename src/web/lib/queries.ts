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
