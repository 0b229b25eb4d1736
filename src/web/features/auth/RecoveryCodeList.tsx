import { Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';

/** New recovery codes, shown once, with what they are for and how to keep them. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('recoveryCodes.intro')}</Paragraph>
      <Paragraph>
        <strong>{t('recoveryCodes.onceOnly')}</strong> {t('recoveryCodes.advice')}
      </Paragraph>
      <UnorderedList
        markers={false}
        aria-label={t('recoveryCodes.listLabel')}
        className="schakel-recovery-codes"
      >
        {codes.map((code) => (
          <UnorderedList.Item key={code}>
            <code>{code}</code>
          </UnorderedList.Item>
        ))}
      </UnorderedList>
    </>
  );
}
