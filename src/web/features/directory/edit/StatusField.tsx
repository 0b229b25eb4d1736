import { Column, FieldSet, Paragraph, Radio } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { type DirectoryStatus, directoryStatuses } from '../../../../shared/schemas/directory.js';

/** Active or not: of an organisation's profile or of one of its services. */
export function StatusField({
  id,
  description,
  value,
  onChange,
}: {
  id: string;
  description?: string | undefined;
  value: DirectoryStatus;
  onChange(value: DirectoryStatus): void;
}) {
  const { t } = useTranslation();
  return (
    <FieldSet
      legend={t('directoryEdit.status.legend')}
      aria-describedby={description ? `${id}-description` : undefined}
    >
      {description && (
        <Paragraph id={`${id}-description`} size="small">
          {description}
        </Paragraph>
      )}
      <Column gap="x-small">
        {directoryStatuses.map((status) => (
          <Radio
            key={status}
            id={`${id}-${status}`}
            name={id}
            value={status}
            checked={value === status}
            onChange={() => onChange(status)}
          >
            {t(`directoryEdit.status.${status}`)}
          </Radio>
        ))}
      </Column>
    </FieldSet>
  );
}
