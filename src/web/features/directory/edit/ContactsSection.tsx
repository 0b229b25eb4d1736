import { Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { DirectoryContact, DirectoryEntry } from '../../../../shared/schemas/directory.js';
import { EmailText } from '../../../lib/EmailText.js';
import { ContactForm } from './ContactForm.js';
import { directoryEditApi } from './directoryEditApi.js';
import { useEntryRecords } from './directoryEditQueries.js';
import { RecordSection, recordWords } from './RecordSection.js';

/** "Contactpersonen": the warm line, colleagues who agreed to be listed. */
export function ContactsSection({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation();
  const { onSaved, onRemoved } = useEntryRecords(entry.id, 'contacts');

  return (
    <RecordSection<DirectoryContact>
      id="contacts"
      words={recordWords(t, 'contact')}
      items={entry.contacts}
      nameOf={(contact) => contact.name}
      summary={(contact) => (
        <Paragraph>
          {contact.role}
          {contact.phone && (
            <>
              <br />
              {contact.phone}
            </>
          )}
          {contact.email && (
            <>
              <br />
              <EmailText address={contact.email} />
            </>
          )}
        </Paragraph>
      )}
      form={(props) => <ContactForm organisationId={entry.id} {...props} />}
      onSaved={onSaved}
      remove={(contact) => directoryEditApi.deleteContact(contact.id)}
      onRemoved={onRemoved}
    />
  );
}
