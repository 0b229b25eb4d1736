import { useQuery } from '@tanstack/react-query';
import { mayEver } from '../../../shared/permissions.js';
import { actionCountsSchema } from '../../../shared/schemas/cases.js';
import { get } from '../../lib/api.js';
import { meQueryKey, useMe } from '../../lib/queries.js';
import { isSignedIn } from '../auth/isSignedIn.js';

/** Under ['me']: the counts belong to whoever is signed in, and go when they sign out. */
export const actionCountsKey = [...meQueryKey, 'cases', 'action-counts'] as const;

/**
 * The badge beside "Acties" in the menu: how many unfinished actions the user's organisation
 * owns, and how many of those are late. Fetched for those who work on cases only, and again
 * every few minutes, as actions fall due while the page stays open.
 */
export function useActionCounts() {
  const me = useMe();
  const works = isSignedIn(me.data) && mayEver(me.data.roles, 'cases.work');
  return useQuery({
    queryKey: actionCountsKey,
    queryFn: () => get('/case-actions/counts', actionCountsSchema),
    enabled: works,
    refetchInterval: 5 * 60_000,
  });
}
