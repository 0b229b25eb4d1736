import {
  Button,
  Column,
  Grid,
  Heading,
  Link,
  Paragraph,
  PasswordInput,
} from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../lib/api.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError, problemMessage } from '../../lib/formErrors.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths, type SignInState } from '../auth/authPaths.js';
import {
  linkIsInvalid,
  ownPasswordProblems,
  serverPasswordProblems,
  tokenFrom,
} from './passwordRules.js';

/** A mailed link: a password reset, or an invitation for a new account. */
type LinkKind = 'reset' | 'invitation';

const sendPassword: Record<LinkKind, typeof api.resetPassword> = {
  reset: api.resetPassword,
  invitation: api.acceptInvitation,
};

const noticeAfter: Record<LinkKind, SignInState> = {
  reset: { notice: 'passwordChanged' },
  invitation: { notice: 'accountReady' },
};

/** /wachtwoord-herstellen#TOKEN: choosing a new password with the link from the mail. */
export const ResetPasswordPage = () => <LinkPasswordPage kind="reset" />;

/** /uitnodiging#TOKEN: a new user chooses their first password. */
export const InvitationPage = () => <LinkPasswordPage kind="invitation" />;

/**
 * The token is in the address after `#`, which the browser never sends to a server. It is read
 * once and taken out of the address bar at once (not in the history, not in a bookmark, not on
 * a screen share), and travels only in the body of the POST that uses it.
 */
function useLinkToken(): string | undefined {
  const [token] = useState(() => tokenFrom(window.location.hash));
  useEffect(() => {
    if (!window.location.hash) return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }, []);
  return token;
}

function LinkPasswordPage({ kind }: { kind: LinkKind }) {
  const token = useLinkToken();
  // After a failed submit the form goes: then the focus goes to what replaced it.
  const [refused, setRefused] = useState(false);
  if (token === undefined || refused) return <InvalidLink kind={kind} takeFocus={refused} />;
  return <NewPasswordForm kind={kind} token={token} onInvalidLink={() => setRefused(true)} />;
}

function NewPasswordForm({
  kind,
  token,
  onInvalidLink,
}: {
  kind: LinkKind;
  token: string;
  onInvalidLink(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  usePageTitle(t(`newPassword.${kind}.title`), errors.length);

  const failed = (found: FormError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
  };

  const save = useMutation({
    mutationFn: sendPassword[kind],
    onSuccess: async () => {
      await navigate(authPaths.signIn, { replace: true, state: noticeAfter[kind] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 422) {
        if (linkIsInvalid(error.errors)) {
          onInvalidLink();
          return;
        }
        const problems = serverPasswordProblems(t, error.errors);
        if (problems.length > 0) {
          setPassword('');
          setRepeat('');
          failed(problems.map((message) => ({ field: 'new-password', message })));
          return;
        }
      }
      failed([{ message: problemMessage(t, error) }]);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: FormError[] = [];
    if (!password) found.push({ field: 'new-password', message: t('newPassword.missing') });
    else {
      for (const message of ownPasswordProblems(t, password)) {
        found.push({ field: 'new-password', message });
      }
    }
    if (!repeat) found.push({ field: 'repeat-password', message: t('newPassword.repeatMissing') });
    else if (password && repeat !== password) {
      found.push({ field: 'repeat-password', message: t('newPassword.mismatch') });
    }
    failed(found);
    if (found.length === 0) save.mutate({ token, password });
  }

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <Heading level={1}>{t(`newPassword.${kind}.heading`)}</Heading>
          <ErrorSummary errors={errors} attempt={attempt} />
          <Paragraph>{t(`newPassword.${kind}.intro`)}</Paragraph>
          <form noValidate onSubmit={submit}>
            <Column gap="large">
              <FormField
                id="new-password"
                label={t('newPassword.label')}
                description={t('newPassword.rules')}
                error={errorFor(errors, 'new-password')}
              >
                {(input) => (
                  <PasswordInput
                    {...input}
                    name="new-password"
                    autoComplete="new-password"
                    value={password}
                    onChange={(event) => setPassword(event.target.value)}
                  />
                )}
              </FormField>
              <FormField
                id="repeat-password"
                label={t('newPassword.repeatLabel')}
                error={errorFor(errors, 'repeat-password')}
              >
                {(input) => (
                  <PasswordInput
                    {...input}
                    name="repeat-password"
                    autoComplete="new-password"
                    value={repeat}
                    onChange={(event) => setRepeat(event.target.value)}
                  />
                )}
              </FormField>
              <div>
                <Button type="submit">
                  {save.isPending ? t('form.busy') : t('newPassword.submit')}
                </Button>
              </div>
            </Column>
          </form>
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

/** The link is used, expired, cut short in the mail program, or was never one. */
function InvalidLink({ kind, takeFocus }: { kind: LinkKind; takeFocus: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t(`newPassword.${kind}.invalidTitle`));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        <Column gap="large">
          <Heading level={1} ref={heading} tabIndex={-1}>
            {t(`newPassword.${kind}.invalidHeading`)}
          </Heading>
          <Paragraph>{t(`newPassword.${kind}.invalidBody`)}</Paragraph>
          <Paragraph>
            {kind === 'reset' ? (
              <Link href={authPaths.forgotPassword} linkComponent={RouterLink}>
                {t('newPassword.reset.askNew')}
              </Link>
            ) : (
              <Link href={authPaths.signIn} linkComponent={RouterLink}>
                {t('newPassword.invitation.toSignIn')}
              </Link>
            )}
          </Paragraph>
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
