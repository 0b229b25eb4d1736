import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { Me } from '../../../shared/schemas/session.js';
import { useMe } from '../../lib/queries.js';
import { authPaths } from '../auth/authPaths.js';
import { isSignedIn } from '../auth/isSignedIn.js';
import { LoadingParagraph } from '../auth/LoadingParagraph.js';

/** The directory is for signed-in professionals: anyone else is sent to sign in first. */
export function SignedInOnly({ children }: { children: (me: Me) => ReactNode }) {
  const me = useMe();
  if (me.isPending) return <LoadingParagraph />;
  if (!isSignedIn(me.data)) return <Navigate to={authPaths.signIn} replace />;
  return <>{children(me.data)}</>;
}
