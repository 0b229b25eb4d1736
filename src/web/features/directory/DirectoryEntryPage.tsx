import {
  Alert,
  Badge,
  Column,
  DescriptionList,
  Grid,
  Heading,
  Link,
  Paragraph,
  Row,
} from '@amsterdam/design-system-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  DirectoryContact,
  DirectoryEntry,
  DirectoryLocation,
  DirectoryService,
} from '../../../shared/schemas/directory.js';
import type { Me } from '../../../shared/schemas/session.js';
import { ApiError } from '../../lib/api.js';
import { useDate } from '../../lib/dates.js';
import { EmailText } from '../../lib/EmailText.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { LoadingParagraph } from '../auth/LoadingParagraph.js';
import { kindColour, ToBeCheckedBadge } from './Badges.js';
import { DirectoryBreadcrumb } from './DirectoryBreadcrumb.js';
import { directoryPaths } from './directoryPaths.js';
import { useDirectoryEntry } from './directoryQueries.js';
import { languageLabel, listed, telHref, valueLabels, websiteText } from './directoryText.js';
import { mayEditEntry } from './edit/editorReach.js';
import { DetailTerm, PostalAddress, ServiceDetails, type ServiceField } from './ServiceDetails.js';
import { SignedInOnly } from './SignedInOnly.js';
import { TextBlock } from './TextBlock.js';

/** An organisation's entry in the directory, as every signed-in professional sees it. */
export function DirectoryEntryPage() {
  const { id = '' } = useParams();
  return <SignedInOnly>{(me) => <Entry id={id} me={me} />}</SignedInOnly>;
}

function Entry({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const entry = useDirectoryEntry(id);
  usePageTitle(
    entry.data?.name ??
      (entry.isError ? t('directory.entry.notFoundTitle') : t('directory.entry.loadingTitle')),
  );
  if (entry.isPending) return <LoadingParagraph />;
  if (entry.isError) {
    const status = entry.error instanceof ApiError ? entry.error.status : 0;
    return <EntryProblem notFound={status === 404 || status === 400} error={entry.error} />;
  }
  return <EntryView entry={entry.data} me={me} />;
}

/** An entry that does not exist (404: also an id that never could) or could not be loaded. */
function EntryProblem({ notFound, error }: { notFound: boolean; error: Error }) {
  const { t } = useTranslation();
  const requestId = error instanceof ApiError ? error.problem?.requestId : undefined;
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="small">
          <DirectoryBreadcrumb />
          {notFound ? (
            <>
              <Heading level={1}>{t('directory.entry.notFoundHeading')}</Heading>
              <Paragraph>{t('directory.entry.notFoundBody')}</Paragraph>
            </>
          ) : (
            <Alert heading={t('app.loadError')} headingLevel={1} severity="error">
              {requestId && <Paragraph>{t('app.requestId', { id: requestId })}</Paragraph>}
            </Alert>
          )}
          <Paragraph>
            <Link href={directoryPaths.search} linkComponent={RouterLink}>
              {t('directory.entry.backToSearch')}
            </Link>
          </Paragraph>
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

function EntryView({ entry, me }: { entry: DirectoryEntry; me: Me }) {
  const { t } = useTranslation();
  const date = useDate();
  const { profile } = entry;
  const districts = entry.districts.map((district) => district.name).join(', ');

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 9 }}>
        <Column gap="small">
          <DirectoryBreadcrumb />
          <Heading level={1}>{entry.name}</Heading>
          <Row gap="small" wrap>
            <Badge color={kindColour[entry.kind]} label={t(`kind.${entry.kind}`)} />
            {profile.toBeChecked && <ToBeCheckedBadge />}
            {profile.status === 'inactive' && <Badge label={t('directory.inactive')} />}
          </Row>
          <Paragraph>
            {districts
              ? t('directory.entry.worksIn', { districts })
              : t('directory.entry.noDistricts')}
          </Paragraph>
          {profile.description && <TextBlock text={profile.description} size="large" />}
          <Paragraph size="small">
            {profile.lastVerifiedAt
              ? t('directory.entry.lastVerified', { date: date(profile.lastVerifiedAt) })
              : t('directory.entry.notVerified')}
            {profile.toBeChecked && <> — {t('directory.toBeCheckedHint')}</>}
          </Paragraph>
          {mayEditEntry(me, entry) && (
            <Paragraph>
              <Link href={directoryPaths.edit(entry.id)} linkComponent={RouterLink}>
                {t('directory.entry.edit')}
              </Link>
            </Paragraph>
          )}
        </Column>
      </Grid.Cell>

      <Grid.Cell span="all" as="section" aria-labelledby="entry-role-heading">
        <Heading level={2} className="ams-visually-hidden" id="entry-role-heading">
          {t('directory.entry.roleHeading')}
        </Heading>
        <div className="schakel-directory-role">
          <RoleBlock
            id="entry-what-we-do"
            heading={t('directory.entry.whatWeDo')}
            text={profile.whatWeDo}
            tone="do"
          />
          <RoleBlock
            id="entry-what-we-do-not"
            heading={t('directory.entry.whatWeDoNot')}
            text={profile.whatWeDoNot}
            tone="do-not"
          />
        </div>
      </Grid.Cell>

      <EntrySection id="entry-contact-heading" heading={t('directory.entry.contactHeading')}>
        <ContactDetails entry={entry} />
      </EntrySection>

      <EntrySection id="entry-services-heading" heading={t('directory.entry.servicesHeading')}>
        {entry.services.length === 0 ? (
          <Paragraph>{t('directory.entry.noServices')}</Paragraph>
        ) : (
          <ul className="schakel-directory-plain-list schakel-directory-services">
            {entry.services.map((service) => (
              <ServiceItem key={service.id} service={service} />
            ))}
          </ul>
        )}
      </EntrySection>

      <EntrySection id="entry-locations-heading" heading={t('directory.entry.locationsHeading')}>
        {entry.locations.length === 0 ? (
          <Paragraph>{t('directory.entry.noLocations')}</Paragraph>
        ) : (
          <ul className="schakel-directory-plain-list schakel-directory-cards">
            {entry.locations.map((location) => (
              <LocationItem key={location.id} location={location} />
            ))}
          </ul>
        )}
      </EntrySection>

      <EntrySection id="entry-contacts-heading" heading={t('directory.entry.contactsHeading')}>
        {entry.contacts.length === 0 ? (
          <Paragraph>{t('directory.entry.noContacts')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('directory.entry.contactsIntro')}</Paragraph>
            <ul className="schakel-directory-plain-list schakel-directory-cards">
              {entry.contacts.map((contact) => (
                <ContactItem key={contact.id} contact={contact} />
              ))}
            </ul>
          </>
        )}
      </EntrySection>
    </Grid>
  );
}

/** One section of the entry below its role: a heading and what is filled in under it. */
function EntrySection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: React.ReactNode;
}) {
  return (
    <Grid.Cell span={{ narrow: 4, medium: 8, wide: 9 }} as="section" aria-labelledby={id}>
      <Column gap="small">
        <Heading level={2} id={id}>
          {heading}
        </Heading>
        {children}
      </Column>
    </Grid.Cell>
  );
}

/** "Wat wij doen" or "Wat wij niet doen": one of the two blocks that make the role clear. */
function RoleBlock({
  id,
  heading,
  text,
  tone,
}: {
  id: string;
  heading: string;
  text: string;
  tone: 'do' | 'do-not';
}) {
  const { t } = useTranslation();
  return (
    <section
      aria-labelledby={id}
      className={`schakel-directory-role__block schakel-directory-role__block--${tone}`}
    >
      <Column gap="small">
        <Heading level={3} size="level-3" id={id}>
          {heading}
        </Heading>
        {text ? (
          <TextBlock text={text} />
        ) : (
          <Paragraph>{t('directory.entry.notFilledIn')}</Paragraph>
        )}
      </Column>
    </section>
  );
}

function ContactDetails({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation();
  const { website, email, phone, languages } = entry.profile;
  if (!website && !email && !phone && languages.length === 0) {
    return <Paragraph>{t('directory.entry.noContactDetails')}</Paragraph>;
  }
  return (
    <DescriptionList termsWidth="narrow">
      {website && (
        <DetailTerm label={t('directory.entry.website')}>
          <Link href={website} rel="noreferrer">
            {websiteText(website)}
          </Link>
        </DetailTerm>
      )}
      {email && (
        <DetailTerm label={t('directory.entry.email')}>
          <Link href={`mailto:${email}`}>
            <EmailText address={email} />
          </Link>
        </DetailTerm>
      )}
      {phone && (
        <DetailTerm label={t('directory.entry.phone')}>
          <Link href={telHref(phone)}>{phone}</Link>
        </DetailTerm>
      )}
      {languages.length > 0 && (
        <DetailTerm label={t('directory.entry.languages')}>
          {listed(t, languageLabel, languages)}
        </DetailTerm>
      )}
    </DescriptionList>
  );
}

/** A service's fields on this page, in this order (the public page shows no capacity). */
const serviceFields: readonly ServiceField[] = [
  'categories',
  'targetGroups',
  'accessRoutes',
  'eligibility',
  'cost',
  'languages',
  'schedule',
  'capacity',
  'districts',
];

function ServiceItem({ service }: { service: DirectoryService }) {
  const { t } = useTranslation();
  return (
    <li className="schakel-directory-card">
      <Column gap="small">
        <Row gap="small" wrap alignVertical="center">
          <Heading level={3} size="level-3">
            {service.name}
          </Heading>
          {service.status === 'inactive' && <Badge label={t('directory.inactive')} />}
        </Row>
        {service.description && <TextBlock text={service.description} />}
        <ServiceDetails
          service={service}
          fields={serviceFields}
          fieldLabel={(field) => t(`directory.entry.service.${field}`)}
          valueLabels={(list, values) => valueLabels(t, list, values)}
          termsWidth="medium"
        />
      </Column>
    </li>
  );
}

function LocationItem({ location }: { location: DirectoryLocation }) {
  const { t } = useTranslation();
  return (
    <li className="schakel-directory-card">
      <Column gap="x-small">
        <Heading level={3} size="level-4">
          {location.name}
        </Heading>
        {location.confidential && (
          <div>
            <Badge color="red" label={t('directory.entry.confidential')} />
          </div>
        )}
        <PostalAddress location={location} />
        {location.openingHours && (
          <Paragraph size="small">
            {t('directory.entry.openingHours', { hours: location.openingHours })}
          </Paragraph>
        )}
      </Column>
    </li>
  );
}

function ContactItem({ contact }: { contact: DirectoryContact }) {
  return (
    <li className="schakel-directory-card">
      <Column gap="x-small">
        <Heading level={3} size="level-4">
          {contact.name}
        </Heading>
        <Paragraph size="small">{contact.role}</Paragraph>
        {contact.phone && (
          <Paragraph>
            <Link href={telHref(contact.phone)}>{contact.phone}</Link>
          </Paragraph>
        )}
        {contact.email && (
          <Paragraph>
            <Link href={`mailto:${contact.email}`}>
              <EmailText address={contact.email} />
            </Link>
          </Paragraph>
        )}
      </Column>
    </li>
  );
}
