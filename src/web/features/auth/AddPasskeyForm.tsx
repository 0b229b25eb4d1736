import { Alert, Button, Column, Paragraph, TextInput } from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../lib/api.js';
import { ErrorSummary } from '../../lib/ErrorSummary.js';
import { FormField } from '../../lib/FormField.js';
import { errorFor, type FormError, problemMessage } from '../../lib/formErrors.js';
import { authPaths, type SignInState } from './authPaths.js';
import { addPasskey, type PasskeyFailure, passkeyFailure } from './passkeyCeremony.js';
import { useFocusOnChange } from './useFocusOnChange.js';

const maxNameLength = 60;

type Outcome =
  | { kind: 'added'; name: string; at: number }
  | { kind: 'failed'; failure: PasskeyFailure; message: string; at: number };

/** How each way of failing is told: calm (no colour) when nothing is wrong with the account. */
const failureAlert: Record<
  PasskeyFailure,
  { key: string; severity?: 'warning' | 'error'; saysProblem?: boolean }
> = {
  stopped: { key: 'passkey.addStopped' },
  known: { key: 'passkey.addKnown' },
  unsupported: { key: 'passkey.addUnsupported', severity: 'warning' },
  notRecognised: { key: 'passkey.addFailed', severity: 'error' },
  other: { key: 'passkey.addFailed', severity: 'error', saysProblem: true },
};

/**
 * Adding a passkey: a name the user will recognise it by ("Telefoon"), then the browser's own
 * window makes the key and asks for the fingerprint, face or PIN. `onErrorCount` lets the page
 * put the number of input errors in its title.
 */
export function AddPasskeyForm({
  submitLabel,
  headingLevel,
  onAdded,
  onErrorCount,
}: {
  submitLabel: string;
  /** The level of the headings of its messages: one below the section it is in. */
  headingLevel: 2 | 3 | 4;
  onAdded(passkey: { id: string; name: string }): void;
  onErrorCount(count: number): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useFocusOnChange<HTMLDivElement>(outcome?.at);

  useEffect(() => onErrorCount(errors.length), [errors.length, onErrorCount]);

  const add = useMutation({
    mutationFn: addPasskey,
    onSuccess: (passkey) => {
      setName('');
      setOutcome({ kind: 'added', name: passkey.name, at: Date.now() });
      onAdded(passkey);
    },
    onError: async (error) => {
      const failure = passkeyFailure(error);
      // Halfway a first sign-in, the session may have ended meanwhile: then sign in again.
      if (failure === 'notRecognised' && (await api.me().catch(() => undefined)) === null) {
        const state: SignInState = { notice: 'signInAgain' };
        await navigate(authPaths.signIn, { replace: true, state });
        return;
      }
      setOutcome({ kind: 'failed', failure, message: problemMessage(t, error), at: Date.now() });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const chosen = name.trim();
    const found: FormError[] = [];
    if (!chosen) found.push({ field: 'passkey-name', message: t('passkey.nameMissing') });
    else if ([...chosen].length > maxNameLength) {
      found.push({
        field: 'passkey-name',
        message: t('passkey.nameTooLong', { max: maxNameLength }),
      });
    }
    setErrors(found);
    setAttempt((count) => count + 1);
    setOutcome(undefined);
    if (found.length === 0) add.mutate(chosen);
  }

  const failure = outcome?.kind === 'failed' ? failureAlert[outcome.failure] : undefined;
  return (
    <Column>
      <ErrorSummary errors={errors} attempt={attempt} />
      {outcome?.kind === 'added' && (
        <Alert
          ref={outcomeRef}
          tabIndex={-1}
          heading={t('passkey.added', { name: outcome.name })}
          headingLevel={headingLevel}
          severity="success"
        >
          <Paragraph>{t('passkey.addedBody')}</Paragraph>
        </Alert>
      )}
      {outcome?.kind === 'failed' && failure && (
        <Alert
          ref={outcomeRef}
          tabIndex={-1}
          heading={t(`${failure.key}Heading`)}
          headingLevel={headingLevel}
          {...(failure.severity ? { severity: failure.severity } : {})}
        >
          <Paragraph>{failure.saysProblem ? outcome.message : t(`${failure.key}Body`)}</Paragraph>
        </Alert>
      )}
      <form noValidate onSubmit={submit}>
        <Column gap="large">
          <FormField
            id="passkey-name"
            label={t('passkey.nameLabel')}
            description={t('passkey.nameHint')}
            error={errorFor(errors, 'passkey-name')}
          >
            {(input) => (
              <TextInput
                {...input}
                name="passkey-name"
                autoComplete="off"
                size={24}
                value={name}
                onChange={(event) => setName(event.target.value)}
              />
            )}
          </FormField>
          <div>
            <Button type="submit" variant="secondary">
              {add.isPending ? t('form.busy') : submitLabel}
            </Button>
          </div>
        </Column>
      </form>
    </Column>
  );
}
