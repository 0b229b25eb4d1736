import { ActionGroup, Button, Column, Paragraph } from '@amsterdam/design-system-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for a change that is hard to undo: it first asks, beside the button, whether the
 * manager is sure. The question takes the focus; "Annuleren" gives it back to the button.
 */
export function ConfirmableAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  busy,
  onConfirm,
}: {
  label: string;
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const asked = useRef(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (asked.current) buttonRef.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <div>
        <Button
          ref={buttonRef}
          variant="secondary"
          aria-label={accessibleLabel}
          onClick={() => !busy && setAsking(true)}
        >
          {label}
        </Button>
      </div>
    );
  }
  return (
    <Column gap="small" role="group" aria-labelledby={id} className="schakel-confirm">
      <Paragraph id={id} ref={questionRef} tabIndex={-1}>
        <strong>{question}</strong>
      </Paragraph>
      <ActionGroup>
        <Button
          onClick={() => {
            asked.current = false; // the outcome of the change takes the focus, not the button
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="tertiary" onClick={() => setAsking(false)}>
          {t('admin.confirm.cancel')}
        </Button>
      </ActionGroup>
    </Column>
  );
}
