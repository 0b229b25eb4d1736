import {
  Alert,
  Button,
  Column,
  Grid,
  Heading,
  OrderedList,
  Paragraph,
  TextInput,
} from '@amsterdam/design-system-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../lib/api.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError, problemMessage } from '../../lib/formErrors.js';
import { meQueryKey } from '../../lib/queries.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths, type SignInState } from './authPaths.js';
import { appCodePattern } from './normaliseCode.js';
import { PasskeyAlternativeLink } from './PasskeyAlternative.js';

/** The key in groups of four, easier to type over: "M72P ZKKZ 7DLW …". */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function TotpSetup({
  onConfirmed,
  alternative,
  otherErrorCount = 0,
}: {
  onConfirmed(recoveryCodes: string[]): void;
  /** Another way to set up a second step (a passkey), shown below the app's set-up. */
  alternative?: ReactNode;
  /** Input errors in the alternative's form, for the page title. */
  otherErrorCount?: number;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t('totp.title'), errors.length + otherErrorCount);

  // A new secret each visit; asked once (not again on focus), and forgotten when the page goes.
  const enrolment = useQuery({
    queryKey: ['totp-enrolment'],
    queryFn: api.startTotp,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnReconnect: false,
  });

  const failed = (found: FormError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };

  const confirm = useMutation({
    mutationFn: api.confirmTotp,
    onSuccess: ({ recoveryCodes }) => {
      onConfirmed(recoveryCodes);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 422) {
        setCode('');
        failed([{ field: 'totp-code', message: t('totp.wrong') }]);
      } else if (error instanceof ApiError && error.status === 401) {
        const state: SignInState = { notice: 'signInAgain' };
        await navigate(authPaths.signIn, { replace: true, state });
      } else {
        failed([{ message: problemMessage(t, error) }]);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (confirm.isPending) return;
    const typed = code.replace(/\s/g, '');
    if (!typed) failed([{ field: 'totp-code', message: t('totp.missing') }]);
    else if (!appCodePattern.test(typed)) {
      failed([{ field: 'totp-code', message: t('totp.invalidFormat') }]);
    } else {
      failed([]);
      confirm.mutate(typed);
    }
  }

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <Heading level={1}>{t('totp.heading')}</Heading>
          <ErrorSummary errors={errors} attempt={attempt} />
          <Paragraph>{t('totp.intro')}</Paragraph>
          <Paragraph>{t('totp.appExamples')}</Paragraph>
          {alternative && <PasskeyAlternativeLink />}
          {enrolment.isPending && <Paragraph aria-busy="true">{t('app.loading')}</Paragraph>}
          {enrolment.isError && (
            <Alert heading={t('app.loadError')} headingLevel={2} severity="error">
              <Paragraph>
                {enrolment.error instanceof ApiError && enrolment.error.status === 403
                  ? t('totp.alreadySet')
                  : problemMessage(t, enrolment.error)}
              </Paragraph>
            </Alert>
          )}
          {enrolment.data && (
            <>
              <Heading level={2}>{t('totp.stepsHeading')}</Heading>
              <OrderedList>
                <OrderedList.Item>{t('totp.step1')}</OrderedList.Item>
                <OrderedList.Item>{t('totp.step2')}</OrderedList.Item>
                <OrderedList.Item>{t('totp.step3')}</OrderedList.Item>
              </OrderedList>
              <img
                className="schakel-qr-code"
                src={enrolment.data.qrCode}
                alt={t('totp.qrAlt')}
                width={200}
                height={200}
              />
              <Heading level={3}>{t('totp.manualHeading')}</Heading>
              <Paragraph>
                {t('totp.manualBody')}{' '}
                <code className="schakel-secret">{grouped(enrolment.data.secret)}</code>
              </Paragraph>
              <form noValidate onSubmit={submit}>
                <Column gap="large">
                  <FormField
                    id="totp-code"
                    label={t('totp.codeLabel')}
                    description={t('totp.codeHint')}
                    error={errorFor(errors, 'totp-code')}
                  >
                    {(input) => (
                      <TextInput
                        {...input}
                        name="code"
                        inputMode="numeric"
                        autoComplete="one-time-code"
                        size={8}
                        value={code}
                        onChange={(event) => setCode(event.target.value)}
                      />
                    )}
                  </FormField>
                  <div>
                    <Button type="submit">
                      {confirm.isPending ? t('form.busy') : t('totp.submit')}
                    </Button>
                  </div>
                </Column>
              </form>
            </>
          )}
          {alternative}
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
