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
