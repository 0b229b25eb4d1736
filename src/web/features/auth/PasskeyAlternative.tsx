import { Column, Heading, Link, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { AddPasskeyForm } from './AddPasskeyForm.js';

export const passkeyAlternativeId = 'passkey-heading';

/** Instead of an app: a passkey on this device (it completes a first sign-in, too). */
export function PasskeyAlternative({
  onAdded,
  onErrorCount,
}: {
  onAdded(name: string): void;
  onErrorCount(count: number): void;
}) {
  const { t } = useTranslation();
  return (
    <Column as="section" gap="small" aria-labelledby={passkeyAlternativeId}>
      <Heading level={2} id={passkeyAlternativeId}>
        {t('passkey.enrolHeading')}
      </Heading>
      <Paragraph>{t('passkey.explain')}</Paragraph>
      <Paragraph>{t('passkey.enrolIntro')}</Paragraph>
      <AddPasskeyForm
        submitLabel={t('passkey.enrolSubmit')}
        headingLevel={3}
        onAdded={(passkey) => onAdded(passkey.name)}
        onErrorCount={onErrorCount}
      />
    </Column>
  );
}

/** The link near the top of the app's set-up to the passkey alternative below. */
export function PasskeyAlternativeLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t('passkey.enrolRather')}{' '}
      <Link href={`#${passkeyAlternativeId}`}>{t('passkey.enrolRatherLink')}</Link>
    </Paragraph>
  );
}
