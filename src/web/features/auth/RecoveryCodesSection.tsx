import { Alert, Button, Column, Heading, Paragraph } from '@amsterdam/design-system-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { meQueryKey } from '../../lib/queries.js';
import { RecoveryCodeList } from './RecoveryCodeList.js';
import { useFocusOnChange } from './useFocusOnChange.js';

/** How many recovery codes are left, and a new set on request (shown once). */
export function RecoveryCodesSection({ left }: { left: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[]>();
  const codesHeading = useFocusOnChange<HTMLHeadingElement>(codes);
  const renew = useMutation({
    mutationFn: api.newRecoveryCodes,
    onSuccess: ({ recoveryCodes }) => {
      setCodes(recoveryCodes);
      void queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true });
    },
  });
  const failureAlert = useFocusOnChange<HTMLDivElement>(renew.isError ? renew.submittedAt : 0);

  return (
    <Column as="section" gap="small" aria-labelledby="recovery-heading">
      <Heading level={2} id="recovery-heading">
        {t('sessions.recoveryHeading')}
      </Heading>
      {codes ? (
        <>
          <Heading level={3} ref={codesHeading} tabIndex={-1}>
            {t('recoveryCodes.heading')}
          </Heading>
          <RecoveryCodeList codes={codes} />
        </>
      ) : (
        <>
          <Paragraph>{t('sessions.recoveryLeft', { count: left })}</Paragraph>
          <Paragraph>{t('sessions.recoveryNewNote')}</Paragraph>
          {renew.isError && (
            <Alert
              ref={failureAlert}
              tabIndex={-1}
              heading={t('sessions.recoveryFailed')}
              headingLevel={3}
              severity="error"
            />
          )}
          <div>
            <Button variant="secondary" onClick={() => !renew.isPending && renew.mutate()}>
              {t('sessions.recoveryNew')}
            </Button>
          </div>
        </>
      )}
    </Column>
  );
}
