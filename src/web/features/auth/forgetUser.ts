import type { QueryClient } from '@tanstack/react-query';
import { meQueryKey } from '../../lib/queries.js';

/** After signing out (or losing the session): nobody is signed in, and nothing of theirs stays. */
export function forgetUser(queryClient: QueryClient): void {
  queryClient.setQueryData(meQueryKey, null);
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] === meQueryKey[0] && query.queryKey.length > 1,
  });
  queryClient.removeQueries({ queryKey: ['totp-enrolment'] });
}
