import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../../lib/api.js';
import { QueryState } from '../../lib/QueryState.js';
import { NotFoundPage } from '../errors/NotFoundPage.js';
import { NoAccess } from './NoAccess.js';

/**
 * The page of one record (an account, a network group) from its id in the address. Outside the
 * manager's reach, a record is as unknown as one that does not exist (404, or 400 for an id
 * that is none); a 403 says the role does not open it.
 */
export function RecordState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const status = query.error instanceof ApiError ? query.error.status : undefined;
  if (status === 404 || status === 400) return <NotFoundPage />;
  if (status === 403) return <NoAccess />;
  return <QueryState query={query}>{children}</QueryState>;
}
