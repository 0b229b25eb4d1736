import { useState } from 'react';
import { Navigate } from 'react-router';
import { useMe } from '../../lib/queries.js';
import { authPaths } from './authPaths.js';
import { EnrolmentDone } from './EnrolmentDone.js';
import { LoadingParagraph } from './LoadingParagraph.js';
import { TotpSetup } from './TotpSetup.js';

/** Setting up an authenticator app: QR code and key, a first code, then the recovery codes. */
export function TotpEnrolmentPage() {
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const me = useMe();
  if (recoveryCodes) return <EnrolmentDone codes={recoveryCodes} />;
  if (me.isPending) return <LoadingParagraph />;
  const user = me.data;
  if (!user) return <Navigate to={authPaths.signIn} replace />;
  if (user.mfa.totp) {
    return <Navigate to={user.session.stage === 'password' ? authPaths.code : '/'} replace />;
  }
  return <TotpSetup onConfirmed={setRecoveryCodes} />;
}
