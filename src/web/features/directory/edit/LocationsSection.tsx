import { Badge, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry, DirectoryLocation } from '../../../../shared/schemas/directory.js';
import { PostalAddress } from '../ServiceDetails.js';
import { directoryEditApi } from './directoryEditApi.js';
import { useEntryRecords } from './directoryEditQueries.js';
import { LocationForm } from './LocationForm.js';
import { RecordSection, recordWords } from './RecordSection.js';

/**
 * "Locaties": where the organisation can be found. Its own people also see and keep its
 * confidential addresses; others are told that such addresses exist, and why they do not see
 * them (the server leaves them out).
 */
export function LocationsSection({ entry, own }: { entry: DirectoryEntry; own: boolean }) {
  const { t } = useTranslation();
  const { onSaved, onRemoved } = useEntryRecords(entry.id, 'locations');

  return (
    <RecordSection<DirectoryLocation>
      id="locations"
      words={recordWords(t, 'location')}
      note={
        own ? undefined : <Paragraph>{t('directoryEdit.location.notConfidentialNote')}</Paragraph>
      }
      items={entry.locations}
      nameOf={(location) => location.name}
      summary={(location) => (
        <>
          {location.confidential && (
            <div>
              <Badge label={t('directoryEdit.location.confidentialBadge')} color="orange" />
            </div>
          )}
          <PostalAddress location={location} />
          {location.openingHours && <Paragraph>{location.openingHours}</Paragraph>}
        </>
      )}
      form={(props) => <LocationForm organisationId={entry.id} own={own} {...props} />}
      onSaved={onSaved}
      remove={(location) => directoryEditApi.deleteLocation(location.id)}
      onRemoved={onRemoved}
    />
  );
}
