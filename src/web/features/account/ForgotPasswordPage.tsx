import {
  Alert,
  Button,
  Column,
  Grid,
  Heading,
  Link,
  Paragraph,
} from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { errorFor, type FormError, problemMessage } from '../../lib/formErrors.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { authPaths } from '../auth/authPaths.js';
import { EmailField, emailError } from '../auth/EmailField.js';
import { useFocusOnChange } from '../auth/useFocusOnChange.js';

/**
 * "Wachtwoord vergeten": asks the e-mail address, then always says the same — whether or not
 * there is an account with it — so that nobody can find out who uses Schakel.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState(false);
  const sentHeading = useFocusOnChange<HTMLHeadingElement>(sent);
  usePageTitle(t('forgotPassword.title'), errors.length);

  const request = useMutation({
    mutationFn: api.requestPasswordReset,
    onSuccess: () => setSent(true),
    onError: (error) => {
      setErrors([{ message: problemMessage(t, error) }]);
      setAttempt((count) => count + 1);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (request.isPending) return;
    const address = email.trim();
    const found: FormError[] = [];
    const wrongAddress = emailError(t, address);
    if (wrongAddress) found.push(wrongAddress);
    setErrors(found);
    setAttempt((count) => count + 1);
    if (found.length === 0) request.mutate(address);
  }

  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 6, wide: 6 }}>
        {sent ? (
          <Column gap="large">
            <Heading level={1} ref={sentHeading} tabIndex={-1}>
              {t('forgotPassword.sentHeading')}
            </Heading>
            <Alert heading={t('forgotPassword.sentAlert')} headingLevel={2} severity="success">
              <Paragraph>{t('forgotPassword.sentBody')}</Paragraph>
            </Alert>
            <Paragraph>{t('forgotPassword.sentNoMail')}</Paragraph>
            <Paragraph>
              <Link href={authPaths.signIn} linkComponent={RouterLink}>
                {t('forgotPassword.backToSignIn')}
              </Link>
            </Paragraph>
          </Column>
        ) : (
          <Column gap="large">
            <Heading level={1}>{t('forgotPassword.heading')}</Heading>
            <ErrorSummary errors={errors} attempt={attempt} />
            <Paragraph>{t('forgotPassword.intro')}</Paragraph>
            <form noValidate onSubmit={submit}>
              <Column gap="large">
                <EmailField value={email} onChange={setEmail} error={errorFor(errors, 'email')} />
                <div>
                  <Button type="submit">
                    {request.isPending ? t('form.busy') : t('forgotPassword.submit')}
                  </Button>
                </div>
              </Column>
            </form>
            <Paragraph>
              <Link href={authPaths.signIn} linkComponent={RouterLink}>
                {t('forgotPassword.backToSignIn')}
              </Link>
            </Paragraph>
          </Column>
        )}
      </Grid.Cell>
    </Grid>
  );
}
