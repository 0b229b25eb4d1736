import { Badge, Paragraph } from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry, DirectoryService } from '../../../../shared/schemas/directory.js';
import { type ValueList, valueLabels } from '../directoryText.js';
import { ServiceDetails, type ServiceField, serviceRows } from '../ServiceDetails.js';
import { directoryEditApi } from './directoryEditApi.js';
import { useEntryRecords } from './directoryEditQueries.js';
import { RecordSection, recordWords } from './RecordSection.js';
import { ServiceForm } from './ServiceForm.js';

/** "Aanbod": the organisation's services, to add, change and remove. */
export function ServicesSection({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation();
  const { onSaved, onRemoved } = useEntryRecords(entry.id, 'services');

  return (
    <RecordSection<DirectoryService>
      id="services"
      words={recordWords(t, 'service')}
      items={entry.services}
      nameOf={(service) => service.name}
      summary={(service) => (
        <>
          {service.status === 'inactive' && (
            <div>
              <Badge label={t('directoryEdit.service.inactive')} color="yellow" />
            </div>
          )}
          {service.description && <Paragraph>{service.description}</Paragraph>}
          <ServiceSummary service={service} />
        </>
      )}
      form={(props) => <ServiceForm entry={entry} {...props} />}
      remove={(service) => directoryEditApi.deleteService(service.id)}
      onRemoved={onRemoved}
      onSaved={onSaved}
    />
  );
}

/** The fields of a service its summary in the list shows, in this order. */
const summaryFields: readonly ServiceField[] = [
  'categories',
  'targetGroups',
  'accessRoutes',
  'schedule',
  'capacity',
  'districts',
];

/** What is known of a service, term by term; terms without a value are left out. */
function ServiceSummary({ service }: { service: DirectoryService }) {
  const { t } = useTranslation();
  const labels = (list: ValueList, values: readonly string[]) => valueLabels(t, list, values);
  if (serviceRows(service, summaryFields, labels).length === 0) return null;
  return (
    <ServiceDetails
      service={service}
      fields={summaryFields}
      fieldLabel={(field) => t(`directoryEdit.service.summary.${field}`)}
      valueLabels={labels}
      termsWidth="medium"
    />
  );
}
