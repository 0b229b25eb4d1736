import { Alert, Button, Column, Paragraph } from '@amsterdam/design-system-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { problemMessage } from '../../lib/formErrors.js';
import { meQueryKey } from '../../lib/queries.js';
import { type PasskeyFailure, passkeyFailure, signInWithPasskey } from './passkeyCeremony.js';
import { useFocusOnChange } from './useFocusOnChange.js';

/**
 * What else the user can do when the passkey did not work: sign in with the password (on the
 * sign-in page), enter a code (on the code step), or ask for help (a passkey is all they have).
 */
export type PasskeyFallback = 'password' | 'code' | 'help';

interface Feedback {
  failure: PasskeyFailure;
  message: string;
  at: number;
}

/**
 * "Inloggen met een passkey": the browser's own window asks for the fingerprint, face or PIN.
 * Closing that window is no error: a calm note says what else the user can do.
 */
export function PasskeySignInButton({
  label,
  fallback,
  headingLevel,
}: {
  label: string;
  fallback: PasskeyFallback;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [feedback, setFeedback] = useState<Feedback>();
  const feedbackRef = useFocusOnChange<HTMLDivElement>(feedback?.at);

  const signIn = useMutation({
    mutationFn: signInWithPasskey,
    onSuccess: async (result) => {
      await navigate('/', { replace: true });
      queryClient.setQueryData(meQueryKey, result.me);
      void queryClient.invalidateQueries();
    },
    onError: (error) =>
      setFeedback({
        failure: passkeyFailure(error),
        message: problemMessage(t, error),
        at: Date.now(),
      }),
  });

  const otherWay = t(`passkey.fallback.${fallback}`);
  return (
    <Column>
      {feedback?.failure === 'stopped' || feedback?.failure === 'unsupported' ? (
        <Alert
          ref={feedbackRef}
          tabIndex={-1}
          heading={t('passkey.signInStoppedHeading')}
          headingLevel={headingLevel}
        >
          <Paragraph>
            {t('passkey.signInStoppedBody')} {otherWay}
          </Paragraph>
        </Alert>
      ) : feedback?.failure === 'notRecognised' ? (
        <Alert
          ref={feedbackRef}
          tabIndex={-1}
          heading={t('passkey.notRecognisedHeading')}
          headingLevel={headingLevel}
        >
          <Paragraph>
            {t('passkey.notRecognisedBody')} {otherWay}
          </Paragraph>
        </Alert>
      ) : feedback ? (
        <Alert
          ref={feedbackRef}
          tabIndex={-1}
          heading={t('passkey.signInFailedHeading')}
          headingLevel={headingLevel}
          severity="error"
        >
          <Paragraph>{feedback.message}</Paragraph>
        </Alert>
      ) : null}
      <div>
        <Button variant="secondary" onClick={() => !signIn.isPending && signIn.mutate()}>
          {signIn.isPending ? t('form.busy') : label}
        </Button>
      </div>
    </Column>
  );
}
