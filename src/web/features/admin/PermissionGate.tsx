import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { type Action, mayEver } from '../../../shared/permissions.js';
import type { Me } from '../../../shared/schemas/session.js';
import { useMe } from '../../lib/queries.js';
import { authPaths } from '../auth/authPaths.js';
import { isSignedIn } from '../auth/isSignedIn.js';
import { LoadingParagraph } from '../auth/LoadingParagraph.js';
import { NoAccess } from './NoAccess.js';

/**
 * A page for those whose roles can ever do one of `actions`: others are sent to sign in, or
 * told kindly that the page is not for them. What exactly they reach, the server decides.
 */
export function PermissionGate({
  actions,
  children,
}: {
  actions: readonly Action[];
  children: (me: Me) => ReactNode;
}) {
  const me = useMe();
  if (me.isPending) return <LoadingParagraph />;
  if (!isSignedIn(me.data)) return <Navigate to={authPaths.signIn} replace />;
  const roles = me.data.roles;
  if (!actions.some((action) => mayEver(roles, action))) return <NoAccess />;
  return <>{children(me.data)}</>;
}
