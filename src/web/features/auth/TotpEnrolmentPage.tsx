import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { meQueryKey, useMe } from '../../lib/queries.js';
import { authPaths } from './authPaths.js';
import { EnrolmentDone } from './EnrolmentDone.js';
import { LoadingParagraph } from './LoadingParagraph.js';
import { PasskeyAlternative } from './PasskeyAlternative.js';
import { PasskeyEnrolmentDone } from './PasskeyEnrolmentDone.js';
import { canUsePasskeys } from './passkeyCeremony.js';
import { TotpSetup } from './TotpSetup.js';

type Done = { recoveryCodes: string[] } | { passkey: string };

/**
 * Setting up a second step: an authenticator app (QR code and key, a first code, then the
 * recovery codes), or instead a passkey on this device.
 */
export function TotpEnrolmentPage() {
  const [done, setDone] = useState<Done>();
  const [passkeyErrors, setPasskeyErrors] = useState(0);
  const queryClient = useQueryClient();
  const me = useMe();
  if (done && 'recoveryCodes' in done) return <EnrolmentDone codes={done.recoveryCodes} />;
  if (done) return <PasskeyEnrolmentDone name={done.passkey} />;
  if (me.isPending) return <LoadingParagraph />;
  const user = me.data;
  if (!user) return <Navigate to={authPaths.signIn} replace />;
  const halfway = user.session.stage === 'password';
  if (user.mfa.totp || (halfway && user.mfa.passkeys > 0)) {
    return <Navigate to={halfway ? authPaths.code : '/'} replace />;
  }
  return (
    <TotpSetup
      onConfirmed={(recoveryCodes) => setDone({ recoveryCodes })}
      otherErrorCount={passkeyErrors}
      alternative={
        canUsePasskeys() ? (
          <PasskeyAlternative
            onErrorCount={setPasskeyErrors}
            onAdded={(name) => {
              setDone({ passkey: name });
              void queryClient.invalidateQueries({ queryKey: meQueryKey });
            }}
          />
        ) : undefined
      }
    />
  );
}
