import { Button, Column, Paragraph, Row, TextInput } from '@amsterdam/design-system-react';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '../../../shared/privacy/types.js';
import { ApiError } from '../../lib/api.js';
import { FormField } from '../../lib/FormField.js';
import { problemMessage } from '../../lib/formErrors.js';
import { useFocusOnChange } from '../auth/useFocusOnChange.js';
import type { Detect } from './detector.js';
import { markNotPersonal } from './overrides.js';
import { replacements } from './replacements.js';
import type { Span } from './spans.js';

/** The bounds of a reason, as the API checks them (src/shared/schemas/privacy.ts). */
const reasonLength = { min: 3, max: 500 };

/** One thing found, with every place it occurs in the text (the same words, the same kind). */
export interface FindingGroup {
  key: string;
  category: Category;
  /** As it is written at its first place. */
  text: string;
  spans: Span[];
}

export interface Notice {
  text: string;
  /** When it was said: each new notice takes the focus, even with the same words. */
  at: number;
}

/**
 * Below the text area: how many findings there are (a polite live region, said again only when
 * the number changes), what each one is, neutral words to replace it with, and "not personal data".
 */
export function FindingList({
  summaryId,
  checked,
  text,
  groups,
  notice,
  detect,
  overrideBy,
  onReplace,
  onMarked,
}: {
  summaryId: string;
  /** Whether the detector has looked at the text yet: until then there is nothing to say. */
  checked: boolean;
  text: string;
  groups: readonly FindingGroup[];
  notice: Notice | undefined;
  detect: Detect | undefined;
  /** Who may mark a finding as not personal data (their user id); undefined: nobody here. */
  overrideBy: string | undefined;
  onReplace(group: FindingGroup, replacement: string): void;
  onMarked(group: FindingGroup): void;
}) {
  const { t } = useTranslation();
  const noticeRef = useFocusOnChange<HTMLParagraphElement>(notice?.at);
  const summary =
    !checked || text.trim() === ''
      ? ''
      : groups.length === 0
        ? t('privacy.none')
        : t('privacy.found', { count: groups.length });

  return (
    <Column gap="small" className="schakel-pii-findings">
      {notice && (
        <Paragraph ref={noticeRef} tabIndex={-1} className="schakel-pii-notice">
          {notice.text}
        </Paragraph>
      )}
      <Paragraph id={summaryId} role="status">
        {summary}
      </Paragraph>
      {groups.length > 0 && (
        <ul className="schakel-pii-list" aria-label={t('privacy.listLabel')}>
          {groups.map((group) => (
            <FindingItem
              key={group.key}
              group={group}
              detect={detect}
              overrideBy={overrideBy}
              onReplace={onReplace}
              onMarked={onMarked}
            />
          ))}
        </ul>
      )}
    </Column>
  );
}

function FindingItem({
  group,
  detect,
  overrideBy,
  onReplace,
  onMarked,
}: {
  group: FindingGroup;
  detect: Detect | undefined;
  overrideBy: string | undefined;
  onReplace(group: FindingGroup, replacement: string): void;
  onMarked(group: FindingGroup): void;
}) {
  const { t } = useTranslation();
  const what = t(`privacy.category.${group.category}`);
  const count = group.spans.length;
  return (
    <li className="schakel-pii-finding">
      <Column gap="x-small">
        <Paragraph>
          <strong>{t('privacy.finding', { what, text: group.text })}</strong>
          {count > 1 && ` ${t('privacy.times', { count })}`}
        </Paragraph>
        <Row
          wrap
          gap="small"
          alignVertical="center"
          role="group"
          aria-label={t('privacy.replaceWithLabel', { text: group.text })}
        >
          <span className="schakel-pii-replace-label" aria-hidden="true">
            {t('privacy.replaceWith')}
          </span>
          {replacements[group.category].map((key) => {
            const word = t(`privacy.replacement.${key}`);
            return (
              <Button
                key={key}
                type="button"
                variant="secondary"
                className="schakel-pii-suggestion"
                onClick={() => onReplace(group, word)}
              >
                {word}
              </Button>
            );
          })}
        </Row>
        {group.category === 'bsn' ? (
          <Paragraph size="small">{t('privacy.alwaysPersonal')}</Paragraph>
        ) : (
          overrideBy && (
            <NotPersonal group={group} userId={overrideBy} detect={detect} onMarked={onMarked} />
          )
        )}
      </Column>
    </li>
  );
}

/** What the server's refusal of a reason means, in the user's language. */
function refusalMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.errors.some((e) => e.code === 'personal-data')) return t('privacy.reasonPersonal');
    if (error.errors.some((e) => e.code === 'always-personal')) return t('privacy.alwaysPersonal');
    if (error.status === 403) return t('privacy.notAllowed');
  }
  return problemMessage(t, error);
}

/**
 * "Geen persoonsgegeven": asks why, then tells the server. No <form> of its own: the text area
 * may well sit inside a module's form, and forms do not nest. Enter saves, Escape cancels.
 */
function NotPersonal({
  group,
  userId,
  detect,
  onMarked,
}: {
  group: FindingGroup;
  userId: string;
  detect: Detect | undefined;
  onMarked(group: FindingGroup): void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const mark = useMutation({
    mutationFn: (why: string) =>
      markNotPersonal(userId, { text: group.text, category: group.category, reason: why }),
    onSuccess: () => onMarked(group),
    onError: (failure) => {
      setError(refusalMessage(t, failure));
      input.current?.focus();
    },
  });

  function save() {
    if (mark.isPending) return;
    const why = reason.trim();
    const problem = !why
      ? t('privacy.reasonMissing')
      : why.length < reasonLength.min
        ? t('privacy.reasonTooShort', { min: reasonLength.min })
        : why.length > reasonLength.max
          ? t('privacy.reasonTooLong', { max: reasonLength.max })
          : detect && detect(why).length > 0
            ? t('privacy.reasonPersonal')
            : undefined;
    setError(problem);
    if (problem) input.current?.focus();
    else mark.mutate(why);
  }

  function cancel() {
    setOpen(false);
    setError(undefined);
    setReason('');
    toggle.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  }

  return (
    <Column gap="small" alignHorizontal="start">
      <Button
        ref={toggle}
        type="button"
        variant="tertiary"
        aria-expanded={open}
        onClick={() => (open ? cancel() : setOpen(true))}
      >
        {t('privacy.notPersonal')}
      </Button>
      {open && (
        <Column gap="small" className="schakel-pii-reason">
          <FormField
            id={inputId}
            label={t('privacy.reasonLabel', { text: group.text })}
            description={t('privacy.reasonHint')}
            error={error}
          >
            {(field) => (
              <TextInput
                {...field}
                ref={input}
                name="pii-reason"
                autoComplete="off"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                onKeyDown={onKeyDown}
              />
            )}
          </FormField>
          <Row wrap gap="small">
            <Button type="button" variant="secondary" onClick={save}>
              {mark.isPending ? t('form.busy') : t('privacy.reasonSave')}
            </Button>
            <Button type="button" variant="tertiary" onClick={cancel}>
              {t('privacy.reasonCancel')}
            </Button>
          </Row>
        </Column>
      )}
    </Column>
  );
}
