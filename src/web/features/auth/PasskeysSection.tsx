import { Alert, Column, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { QueryState } from '../../lib/QueryState.js';
import { meQueryKey, passkeysQueryKey, useMyPasskeys } from '../../lib/queries.js';
import { AddPasskeyForm } from './AddPasskeyForm.js';
import { PasskeyItem, type PasskeySummary } from './PasskeyItem.js';
import { canUsePasskeys } from './passkeyCeremony.js';
import { useFocusOnChange } from './useFocusOnChange.js';

/** "Passkeys" on my sessions: what they are, the user's passkeys, adding and removing one. */
export function PasskeysSection({ onErrorCount }: { onErrorCount(count: number): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const passkeys = useMyPasskeys();
  const [feedback, setFeedback] = useState<{ ok: boolean; name: string; at: number }>();
  const feedbackRef = useFocusOnChange<HTMLDivElement>(feedback?.at);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: passkeysQueryKey });
    void queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true });
  };
  const remove = useMutation({
    mutationFn: (passkey: PasskeySummary) => api.removePasskey(passkey.id),
    onSuccess: (_, passkey) => setFeedback({ ok: true, name: passkey.name, at: Date.now() }),
    onError: (_, passkey) => setFeedback({ ok: false, name: passkey.name, at: Date.now() }),
    onSettled: refresh,
  });

  return (
    <Column as="section" gap="large" aria-labelledby="passkeys-heading">
      <Column gap="small">
        <Heading level={2} id="passkeys-heading">
          {t('passkey.sectionHeading')}
        </Heading>
        <Paragraph>{t('passkey.explain')}</Paragraph>
        <Paragraph>{t('passkey.sectionIntro')}</Paragraph>
        {feedback && (
          <Alert
            ref={feedbackRef}
            tabIndex={-1}
            heading={
              feedback.ok
                ? t('passkey.removed', { name: feedback.name })
                : t('passkey.removeFailed', { name: feedback.name })
            }
            headingLevel={3}
            severity={feedback.ok ? 'success' : 'error'}
          />
        )}
        <QueryState query={passkeys}>
          {(data) =>
            data.items.length === 0 ? (
              <Paragraph>{t('passkey.none')}</Paragraph>
            ) : (
              <ul className="schakel-sessions" aria-label={t('passkey.listLabel')}>
                {data.items.map((passkey) => (
                  <PasskeyItem
                    key={passkey.id}
                    passkey={passkey}
                    removing={remove.isPending}
                    onRemove={(chosen) => remove.mutate(chosen)}
                  />
                ))}
              </ul>
            )
          }
        </QueryState>
      </Column>
      {canUsePasskeys() ? (
        <Column gap="small">
          <Heading level={3}>{t('passkey.addHeading')}</Heading>
          <AddPasskeyForm
            submitLabel={t('passkey.add')}
            headingLevel={4}
            onAdded={refresh}
            onErrorCount={onErrorCount}
          />
        </Column>
      ) : (
        <Paragraph>{t('passkey.browserCannot')}</Paragraph>
      )}
    </Column>
  );
}
