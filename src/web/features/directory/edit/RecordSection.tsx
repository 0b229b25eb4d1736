import { Button, Column, Heading, Paragraph, Row } from '@amsterdam/design-system-react';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusLater } from '../../../lib/useFocusLater.js';
import { ConfirmableAction } from '../../admin/ConfirmableAction.js';
import { type Outcome, OutcomeAlert, outcome } from '../../admin/OutcomeAlert.js';
import { useAdminMutation } from '../../admin/useAdminMutation.js';

/** What a record's form needs from the list it belongs to. */
export interface RecordFormProps<T> {
  /** The record to change; none: a new one. */
  item?: T | undefined;
  onSaved(saved: T, created: boolean): void;
  onCancel(): void;
}

/** The words of one kind of record (services, locations, contacts), from its catalogue part. */
export interface RecordWords {
  heading: string;
  intro: string;
  none: string;
  listLabel: string;
  add: string;
  editLabel(name: string): string;
  deleteLabel(name: string): string;
  deleteQuestion(name: string): string;
  deleted(name: string): string;
  deleteFailed(name: string): string;
  added(name: string): string;
  saved(name: string): string;
}

/** The words of one kind of record, from `directoryEdit.<kind>` in the catalogue. */
export function recordWords(t: TFunction, kind: 'service' | 'location' | 'contact'): RecordWords {
  const key = (name: string) => `directoryEdit.${kind}.${name}`;
  const named = (name: string) => (recordName: string) => t(key(name), { name: recordName });
  return {
    heading: t(key('heading')),
    intro: t(key('intro')),
    none: t(key('none')),
    listLabel: t(key('listLabel')),
    add: t(key('add')),
    editLabel: named('editLabel'),
    deleteLabel: named('deleteLabel'),
    deleteQuestion: named('deleteQuestion'),
    deleted: named('deleted'),
    deleteFailed: named('deleteFailed'),
    added: named('added'),
    saved: named('saved'),
  };
}

const newest = (...outcomes: (Outcome | undefined)[]): Outcome | undefined =>
  outcomes.reduce<Outcome | undefined>(
    (latest, next) => (next && (!latest || next.at >= latest.at) ? next : latest),
    undefined,
  );

/**
 * A section of an entry with records of one kind: each listed with "Wijzigen" (its form in its
 * place) and "Verwijderen" (after a question), and "toevoegen" below. One form is open at a
 * time; what came of a change is said at the top of the section, and takes the focus.
 */
export function RecordSection<T extends { id: string }>({
  id,
  words,
  note,
  items,
  nameOf,
  summary,
  form,
  onSaved,
  remove,
  onRemoved,
}: {
  /** The section's name in ids: `services`, `locations`, `contacts`. */
  id: string;
  words: RecordWords;
  /** Something to know about the whole list, below the intro. */
  note?: ReactNode;
  items: T[];
  nameOf(item: T): string;
  summary(item: T): ReactNode;
  form(props: RecordFormProps<T>): ReactNode;
  /** After a record was added or changed: the list takes the server's answer. */
  onSaved(item: T): void;
  remove(item: T): Promise<unknown>;
  onRemoved(item: T): void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | 'new'>();
  const [feedback, setFeedback] = useState<Outcome>();
  const focusLater = useFocusLater();
  const headingId = `${id}-heading`;
  const addId = `${id}-add`;
  const editId = (item: T) => `${id}-edit-${item.id}`;

  const removal = useAdminMutation({
    mutationFn: (item: T) => remove(item),
    done: (_, item) => words.deleted(nameOf(item)),
    failedHeading: (item) => words.deleteFailed(nameOf(item)),
    onMutate: () => setFeedback(undefined),
    onSuccess: (_, item) => onRemoved(item),
  });

  const formProps = (item: T | undefined): RecordFormProps<T> => ({
    item,
    onSaved: (saved, created) => {
      onSaved(saved);
      removal.setFeedback(undefined);
      setOpen(undefined);
      setFeedback(outcome(true, created ? words.added(nameOf(saved)) : words.saved(nameOf(saved))));
    },
    onCancel: () => {
      setOpen(undefined);
      // "Annuleren" brings the keyboard back to the button that opened the form.
      focusLater(item ? editId(item) : addId);
    },
  });

  const openForm = (which: string | 'new') => {
    setFeedback(undefined);
    removal.setFeedback(undefined);
    setOpen(which);
  };

  return (
    <Column as="section" gap="small" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {words.heading}
      </Heading>
      <Paragraph>{words.intro}</Paragraph>
      {note}
      <OutcomeAlert value={newest(feedback, removal.feedback)} headingLevel={3} />
      {items.length === 0 ? (
        <Paragraph>{words.none}</Paragraph>
      ) : (
        <ul className="schakel-records" aria-label={words.listLabel}>
          {items.map((item) => (
            <li key={item.id} className="schakel-record">
              {open === item.id ? (
                form(formProps(item))
              ) : (
                <Column gap="small">
                  <Heading level={3}>{nameOf(item)}</Heading>
                  {summary(item)}
                  <Row gap="small" wrap alignVertical="start">
                    <Button
                      id={editId(item)}
                      variant="secondary"
                      aria-label={words.editLabel(nameOf(item))}
                      onClick={() => openForm(item.id)}
                    >
                      {t('directoryEdit.edit')}
                    </Button>
                    <ConfirmableAction
                      label={t('directoryEdit.delete')}
                      accessibleLabel={words.deleteLabel(nameOf(item))}
                      question={words.deleteQuestion(nameOf(item))}
                      confirmLabel={t('directoryEdit.deleteConfirm')}
                      busy={removal.isPending}
                      onConfirm={() => removal.mutate(item)}
                    />
                  </Row>
                </Column>
              )}
            </li>
          ))}
        </ul>
      )}
      {open === 'new' ? (
        <div className="schakel-record">{form(formProps(undefined))}</div>
      ) : (
        <div>
          <Button id={addId} variant="secondary" onClick={() => openForm('new')}>
            {words.add}
          </Button>
        </div>
      )}
    </Column>
  );
}
