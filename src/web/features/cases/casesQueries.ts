import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Case } from '../../../shared/schemas/cases.js';
import { meQueryKey } from '../../lib/queries.js';
import { actionCountsKey } from './actionCounts.js';
import { casesApi } from './casesApi.js';

/**
 * Under ['me'], so that every case and action goes from memory when the user signs out. Each
 * read is audited by the server: nothing is fetched again for nothing (no refetch on focus, no
 * retry of a refusal).
 */
const casesKey = [...meQueryKey, 'cases'] as const;
const listKey = [...casesKey, 'list'] as const;
const caseKey = (id: string) => [...casesKey, 'case', id] as const;
const actionsKey = (view: 'my-organisation' | 'overdue') => [...casesKey, 'actions', view] as const;

export const useCaseList = () =>
  useQuery({ queryKey: listKey, queryFn: casesApi.list, retry: false });

export const useCase = (id: string) =>
  useQuery({ queryKey: caseKey(id), queryFn: () => casesApi.get(id), retry: false });

export const useActionList = (view: 'my-organisation' | 'overdue') =>
  useQuery({ queryKey: actionsKey(view), queryFn: () => casesApi.actions(view), retry: false });

export const digestKey = [...casesKey, 'digest'] as const;
export const useDigestSetting = () => useQuery({ queryKey: digestKey, queryFn: casesApi.digest });

/** A district's checklist: no case data, so not under ['me']. */
export const riskSignalsKey = (districtCode: string) => ['risk-signals', districtCode] as const;
export const useRiskSignals = (districtCode: string) =>
  useQuery({
    queryKey: riskSignalsKey(districtCode),
    queryFn: () => casesApi.riskSignals(districtCode),
    staleTime: 5 * 60_000,
  });

/**
 * After a change of a case: the server's answer becomes the case this page holds (no second
 * audited read); the list, the action views and the badge are fetched anew when next shown.
 */
export function useCaseChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (saved: Case) => {
      queryClient.setQueryData(caseKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: listKey, refetchType: 'none' });
      // Gone rather than stale: after a withdrawal they may hold texts that no longer exist.
      queryClient.removeQueries({ queryKey: [...casesKey, 'actions'] });
      void queryClient.invalidateQueries({ queryKey: actionCountsKey });
    },
    [queryClient],
  );
}

/** Reads the case again (after a 409): what others saved since this page opened it. */
export function useReloadCase(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: caseKey(id) }),
    [queryClient, id],
  );
}
