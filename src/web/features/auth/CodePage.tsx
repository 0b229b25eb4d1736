import {
  Button,
  Column,
  Grid,
  Heading,
  Paragraph,
  TextInput,
} from '@amsterdam/design-system-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ApiError, api } from '../../lib/api.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError, problemMessage } from '../../lib/formErrors.js';
import { meQueryKey, useMe } from '../../lib/queries.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths, type SignInState } from './authPaths.js';
import { LoadingParagraph } from './LoadingParagraph.js';
import { normaliseCode } from './normaliseCode.js';
import { PasskeySignInButton } from './PasskeySignInButton.js';
import { canUsePasskeys } from './passkeyCeremony.js';

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function CodePage() {
  const me = useMe();
  if (me.isPending) return <LoadingParagraph />;
  const user = me.data;
  if (!user) return <Navigate to={authPaths.signIn} replace />;
  if (user.session.stage === 'complete') return <Navigate to="/" replace />;
  if (user.mfa.totp) return <CodeForm />;
  if (user.mfa.passkeys > 0) return <PasskeyOnly />;
  return <Navigate to={authPaths.enrol} replace />;
}

/** The second step for a user whose only second factor is a passkey: no code to enter. */
function PasskeyOnly() {
  const { t } = useTranslation();
  usePageTitle(t('passkey.stepTitle'));
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <Heading level={1}>{t('passkey.stepHeading')}</Heading>
          <Paragraph>{t('passkey.stepIntro')}</Paragraph>
          <PasskeySignInButton label={t('passkey.use')} fallback="help" headingLevel={2} />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

function CodeForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  // On a phone the numeric keyboard has no letters: a recovery code needs the ordinary one.
  const [recovery, setRecovery] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('code.title'), errors.length);

  const failed = (found: FormError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };

  const confirm = useMutation({
    mutationFn: api.secondFactor,
    onSuccess: async (result) => {
      await navigate('/', { replace: true });
      queryClient.setQueryData(meQueryKey, result.me);
      void queryClient.invalidateQueries();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 401) {
        // Too many wrong codes end the half-made session: then only signing in again helps.
        if ((await api.me().catch(() => undefined)) === null) {
          const state: SignInState = { notice: 'signInAgain' };
          await navigate(authPaths.signIn, { replace: true, state });
          return;
        }
        setCode('');
        failed([{ field: 'code', message: t('code.wrong') }]);
      } else {
        failed([{ message: problemMessage(t, error) }]);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirm.isPending) return;
    const typed = code.trim();
    const normalised = normaliseCode(typed);
    if (!typed) failed([{ field: 'code', message: t('code.missing') }]);
    else if (!normalised) failed([{ field: 'code', message: t('code.invalidFormat') }]);
    else {
      failed([]);
      confirm.mutate(normalised);
    }
  }

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <Heading level={1}>{t('code.heading')}</Heading>
          <ErrorSummary errors={errors} attempt={attempt} />
          <Paragraph>{t('code.intro')}</Paragraph>
          <form noValidate onSubmit={submit}>
            <Column gap="large">
              <FormField
                id="code"
                label={recovery ? t('code.recoveryLabel') : t('code.label')}
                description={recovery ? t('code.recoveryHint') : t('code.hint')}
                error={errorFor(errors, 'code')}
              >
                {(input) => (
                  <TextInput
                    {...input}
                    name="code"
                    inputMode={recovery ? 'text' : 'numeric'}
                    autoComplete={recovery ? 'off' : 'one-time-code'}
                    autoCapitalize="none"
                    spellCheck={false}
                    size={recovery ? 16 : 8}
                    value={code}
                    onChange={(event) => setCode(event.target.value)}
                  />
                )}
              </FormField>
              <div>
                <Button type="submit">
                  {confirm.isPending ? t('form.busy') : t('code.submit')}
                </Button>
              </div>
            </Column>
          </form>
          <div>
            <Button
              variant="tertiary"
              onClick={() => {
                setRecovery(!recovery);
                // Into the field again, so that the phone shows the keyboard that fits.
                requestAnimationFrame(() => document.getElementById('code')?.focus());
              }}
            >
              {recovery ? t('code.useAppCode') : t('code.useRecoveryCode')}
            </Button>
          </div>
          {canUsePasskeys() && (
            <Column as="section" gap="small" aria-labelledby="passkey-heading">
              <Heading level={2} id="passkey-heading">
                {t('passkey.codeHeading')}
              </Heading>
              <Paragraph>{t('passkey.codeIntro')}</Paragraph>
              <PasskeySignInButton label={t('passkey.use')} fallback="code" headingLevel={3} />
            </Column>
          )}
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
