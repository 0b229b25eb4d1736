import {
  Breadcrumb,
  Column,
  Grid,
  Heading,
  Link,
  LinkList,
  Paragraph,
} from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DirectoryEntry } from '../../../../shared/schemas/directory.js';
import type { Me } from '../../../../shared/schemas/session.js';
import { RouterLink } from '../../../lib/RouterLink.js';
import { usePageTitle } from '../../../lib/usePageTitle.js';
import { NoAccess } from '../../admin/NoAccess.js';
import { PermissionGate } from '../../admin/PermissionGate.js';
import { RecordState } from '../../admin/RecordState.js';
import { directoryPaths } from '../directoryPaths.js';
import { ContactsSection } from './ContactsSection.js';
import { useEditableEntry } from './directoryEditQueries.js';
import { isOwnEditor, mayEditEntry } from './editorReach.js';
import { HistorySection } from './HistorySection.js';
import { LocationsSection } from './LocationsSection.js';
import { ProfileSection } from './ProfileSection.js';
import { ServicesSection } from './ServicesSection.js';
import { ErrorCountProvider } from './useErrorCount.js';
import { VerifySection } from './VerifySection.js';
import './directoryEdit.css';

/**
 * /sociale-kaart/organisaties/:id/bewerken — keeping an organisation's entry current: its
 * profile, confirming it, its services, locations and warm-line contacts, and its history. For
 * the organisation's own people, the coordinators of its districts and administrators; anyone
 * else is told kindly that the page is not for them.
 */
export function DirectoryEditPage() {
  const { id = '' } = useParams();
  return (
    <PermissionGate actions={['directory.edit']}>
      {(me) => <EditableEntry key={id} id={id} me={me} />}
    </PermissionGate>
  );
}

function EditableEntry({ id, me }: { id: string; me: Me }) {
  const entry = useEditableEntry(id);
  return (
    <RecordState query={entry}>
      {(data) =>
        mayEditEntry(me, data) ? (
          <ErrorCountProvider>
            {(errorCount) => <EditPage entry={data} me={me} errorCount={errorCount} />}
          </ErrorCountProvider>
        ) : (
          <NoAccess />
        )
      }
    </RecordState>
  );
}

const sections = [
  ['profile', 'directoryEdit.profile.heading'],
  ['verify', 'directoryEdit.verify.heading'],
  ['services', 'directoryEdit.service.heading'],
  ['locations', 'directoryEdit.location.heading'],
  ['contacts', 'directoryEdit.contact.heading'],
  ['history', 'directoryEdit.history.heading'],
] as const;

function EditPage({
  entry,
  me,
  errorCount,
}: {
  entry: DirectoryEntry;
  me: Me;
  errorCount: number;
}) {
  const { t } = useTranslation();
  usePageTitle(t('directoryEdit.title', { name: entry.name }), errorCount);
  const own = isOwnEditor(me, entry.id);

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <Breadcrumb accessibleName={t('directoryEdit.breadcrumb')}>
            <Breadcrumb.Link href={directoryPaths.search} linkComponent={RouterLink}>
              {t('directoryEdit.directory')}
            </Breadcrumb.Link>
            <Breadcrumb.Link href={directoryPaths.entry(entry.id)} linkComponent={RouterLink}>
              {entry.name}
            </Breadcrumb.Link>
          </Breadcrumb>
          <Heading level={1}>{t('directoryEdit.heading', { name: entry.name })}</Heading>
          <Paragraph>{t('directoryEdit.intro', { name: entry.name })}</Paragraph>
          <Paragraph>
            <Link href={directoryPaths.entry(entry.id)} linkComponent={RouterLink}>
              {t('directoryEdit.toEntry')}
            </Link>
          </Paragraph>
          <nav aria-labelledby="on-this-page">
            <Heading level={2} size="level-4" id="on-this-page">
              {t('directoryEdit.onThisPage')}
            </Heading>
            <LinkList>
              {sections.map(([key, heading]) => (
                <LinkList.Link key={key} href={`#${key}-heading`}>
                  {t(heading)}
                </LinkList.Link>
              ))}
            </LinkList>
          </nav>
        </Column>
      </Grid.Cell>
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="x-large">
          <ProfileSection entry={entry} />
          <VerifySection entry={entry} />
          <ServicesSection entry={entry} />
          <LocationsSection entry={entry} own={own} />
          <ContactsSection entry={entry} />
        </Column>
      </Grid.Cell>
      {/* A table of four columns: a little more room than the forms. */}
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 10 }}>
        <HistorySection organisationId={entry.id} />
      </Grid.Cell>
    </Grid>
  );
}
