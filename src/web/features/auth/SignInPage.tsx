import {
  Alert,
  Button,
  Column,
  Grid,
  Heading,
  Link,
  Paragraph,
  PasswordInput,
} from '@amsterdam/design-system-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { SignInResult } from '../../../shared/schemas/session.js';
import { ApiError, api } from '../../lib/api.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError, problemMessage } from '../../lib/formErrors.js';
import { meQueryKey, useMe } from '../../lib/queries.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths, type SignInNotice, type SignInState } from './authPaths.js';
import { EmailField, emailError } from './EmailField.js';
import { forgetUser } from './forgetUser.js';
import { isSignedIn } from './isSignedIn.js';
import { PasskeySignInButton } from './PasskeySignInButton.js';
import { canUsePasskeys } from './passkeyCeremony.js';
import { SsoFailedNotice } from './SsoFailedNotice.js';
import { SsoSignIn } from './SsoSignIn.js';

const noticeSeverity: Record<SignInNotice, 'success' | 'warning'> = {
  signedOut: 'success',
  signInAgain: 'warning',
  passwordChanged: 'success',
  accountReady: 'success',
  confirmIdentity: 'warning',
};

/** Notices after which nobody of before may still seem signed in in this browser. */
const forgetsUser: Record<SignInNotice, boolean> = {
  signedOut: true,
  signInAgain: true,
  passwordChanged: true, // a new password ends every session of the account
  accountReady: false,
  confirmIdentity: true, // the session was ended to sign in anew
};

/** Where sign-in goes on: set up an app first, enter a code, or done. */
const nextStepAfter = (result: SignInResult): string =>
  result.enrolmentRequired ? authPaths.enrol : result.mfaRequired ? authPaths.code : '/';

export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notice = (useLocation().state as SignInState | null)?.notice;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('signIn.title'), errors.length);

  // Sent here after signing out, or after the session ended: forget the user and theirs.
  useEffect(() => {
    if (notice && forgetsUser[notice]) forgetUser(queryClient);
  }, [notice, queryClient]);

  const signIn = useMutation({
    mutationFn: api.signIn,
    onSuccess: async (result) => {
      await navigate(nextStepAfter(result), { replace: true });
      queryClient.setQueryData(meQueryKey, result.me);
      void queryClient.invalidateQueries();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) {
        // One neutral message: it never tells whether the address is known.
        setPassword('');
        setErrors([{ field: 'password', message: t('signIn.wrongCredentials') }]);
      } else {
        setErrors([{ message: problemMessage(t, error) }]);
      }
      setAttempt((count) => count + 1);
    },
  });

  // Signed in already: nothing to do here. (Just signed out, the user is forgotten right after
  // this page shows: the notice says so.)
  if (isSignedIn(me.data) && !notice && !signIn.isPending) return <Navigate to="/" replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    const found: FormError[] = [];
    const address = email.trim();
    const wrongAddress = emailError(t, address);
    if (wrongAddress) found.push(wrongAddress);
    if (!password) found.push({ field: 'password', message: t('signIn.passwordMissing') });
    setErrors(found);
    setAttempt((count) => count + 1);
    if (found.length === 0) signIn.mutate({ email: address, password });
  }

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <Heading level={1}>{t('signIn.heading')}</Heading>
          {notice && errors.length === 0 && (
            <Alert
              heading={t(`signIn.${notice}Heading`)}
              headingLevel={2}
              severity={noticeSeverity[notice]}
            >
              <Paragraph>{t(`signIn.${notice}Body`)}</Paragraph>
            </Alert>
          )}
          <SsoFailedNotice />
          <ErrorSummary errors={errors} attempt={attempt} />
          <Paragraph>{t('signIn.intro')}</Paragraph>
          <form noValidate onSubmit={submit}>
            <Column gap="large">
              <EmailField value={email} onChange={setEmail} error={errorFor(errors, 'email')} />
              <FormField
                id="password"
                label={t('signIn.password')}
                error={errorFor(errors, 'password')}
              >
                {(input) => (
                  <PasswordInput
                    {...input}
                    name="password"
                    autoComplete="current-password"
                    value={password}
                    onChange={(event) => setPassword(event.target.value)}
                  />
                )}
              </FormField>
              <div>
                <Button type="submit">
                  {signIn.isPending ? t('form.busy') : t('signIn.submit')}
                </Button>
              </div>
            </Column>
          </form>
          <Paragraph>
            <Link href={authPaths.forgotPassword} linkComponent={RouterLink}>
              {t('signIn.forgotPassword')}
            </Link>
          </Paragraph>
          <SsoSignIn />
          {canUsePasskeys() && (
            <Column as="section" gap="small" aria-labelledby="passkey-heading">
              <Heading level={2} id="passkey-heading">
                {t('passkey.signInHeading')}
              </Heading>
              <Paragraph>{t('passkey.signInIntro')}</Paragraph>
              <PasskeySignInButton
                label={t('passkey.signIn')}
                fallback="password"
                headingLevel={3}
              />
            </Column>
          )}
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
