import {
  Column,
  DescriptionList,
  Grid,
  Heading,
  Link,
  Metadata,
  Paragraph,
  StandaloneLink,
} from '@amsterdam/design-system-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  PublicDirectoryEntry,
  PublicDirectoryLocation,
  PublicDirectoryService,
} from '../../../shared/schemas/public-directory.js';
import { ApiError } from '../../lib/api.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { directoryPaths } from '../directory/directoryPaths.js';
import { telHref } from '../directory/directoryText.js';
import {
  DetailTerm,
  PostalAddress,
  ServiceDetails,
  type ServiceField,
} from '../directory/ServiceDetails.js';
import { PublicLink } from './PublicLink.js';
import { usePublicEntry } from './publicDirectoryApi.js';
import { publicValueLabels } from './publicLabels.js';

const narrow = { narrow: 4, medium: 8, wide: 8 } as const;

/** One organisation, as residents see it: its role, how to reach it, its offer, its addresses. */
export function PublicEntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const entry = usePublicEntry(id);
  const notFound = entry.error instanceof ApiError && [400, 404].includes(entry.error.status);
  usePageTitle(
    entry.data?.name ??
      (notFound ? t('publicDirectory.entry.notFoundTitle') : t('publicDirectory.entry.loading')),
  );

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span="all">
        <StandaloneLink href={directoryPaths.publicSearch} linkComponent={PublicLink}>
          {t('publicDirectory.entry.back')}
        </StandaloneLink>
      </Grid.Cell>
      {entry.isPending ? (
        <Grid.Cell span="all">
          <Paragraph aria-busy="true">{t('publicDirectory.entry.loading')}</Paragraph>
        </Grid.Cell>
      ) : notFound ? (
        <Grid.Cell span={narrow}>
          <Heading level={1}>{t('publicDirectory.entry.notFoundHeading')}</Heading>
          <Paragraph>{t('publicDirectory.entry.notFoundBody')}</Paragraph>
        </Grid.Cell>
      ) : entry.isError ? (
        <Grid.Cell span={narrow}>
          <Paragraph>{t('publicDirectory.loadError')}</Paragraph>
        </Grid.Cell>
      ) : (
        <Entry entry={entry.data} />
      )}
    </Grid>
  );
}

function Entry({ entry }: { entry: PublicDirectoryEntry }) {
  const { t } = useTranslation();
  const { profile } = entry;
  const languages = publicValueLabels(t, 'language', profile.languages);
  return (
    <>
      <Grid.Cell span={narrow}>
        <Column gap="large">
          <hgroup className="schakel-public-entry__heading">
            <Heading level={1}>{entry.name}</Heading>
            <Metadata>{t(`publicDirectory.kind.${entry.kind}`)}</Metadata>
          </hgroup>
          {profile.description && <Paragraph size="large">{profile.description}</Paragraph>}
        </Column>
      </Grid.Cell>

      {(profile.whatWeDo || profile.whatWeDoNot) && (
        <Grid.Cell span={narrow}>
          <Column gap="large">
            {profile.whatWeDo && (
              <Section id="what-we-do" heading={t('publicDirectory.entry.whatWeDo')}>
                <Paragraph>{profile.whatWeDo}</Paragraph>
              </Section>
            )}
            {profile.whatWeDoNot && (
              <Section id="what-we-do-not" heading={t('publicDirectory.entry.whatWeDoNot')}>
                <Paragraph>{profile.whatWeDoNot}</Paragraph>
              </Section>
            )}
          </Column>
        </Grid.Cell>
      )}

      <Grid.Cell span={narrow}>
        <Section id="contact" heading={t('publicDirectory.entry.contact')}>
          <DescriptionList>
            {profile.phone && (
              <DetailTerm section label={t('publicDirectory.entry.phone')}>
                <Link href={telHref(profile.phone)}>{profile.phone}</Link>
              </DetailTerm>
            )}
            {profile.email && (
              <DetailTerm section label={t('publicDirectory.entry.email')}>
                <Link href={`mailto:${profile.email}`}>{profile.email}</Link>
              </DetailTerm>
            )}
            {profile.website && (
              <DetailTerm section label={t('publicDirectory.entry.website')}>
                <Link href={profile.website} rel="noopener noreferrer">
                  {profile.website.replace(/^https?:\/\//, '')}
                </Link>
              </DetailTerm>
            )}
            {languages.length > 0 && (
              <DetailTerm section label={t('publicDirectory.entry.languages')}>
                {languages}
              </DetailTerm>
            )}
            {entry.districts.length > 0 && (
              <DetailTerm section label={t('publicDirectory.entry.districts')}>
                {entry.districts.map((district) => district.name).join(', ')}
              </DetailTerm>
            )}
          </DescriptionList>
        </Section>
      </Grid.Cell>

      <Grid.Cell span={narrow}>
        <Section id="services" heading={t('publicDirectory.entry.services')}>
          {entry.services.length === 0 ? (
            <Paragraph>{t('publicDirectory.entry.noServices')}</Paragraph>
          ) : (
            <Column gap="x-large">
              {entry.services.map((service) => (
                <Service key={service.id} service={service} />
              ))}
            </Column>
          )}
        </Section>
      </Grid.Cell>

      {entry.locations.length > 0 && (
        <Grid.Cell span={narrow}>
          <Section id="locations" heading={t('publicDirectory.entry.locations')}>
            <Column gap="large">
              {entry.locations.map((location) => (
                <Location key={location.id} location={location} />
              ))}
            </Column>
          </Section>
        </Grid.Cell>
      )}
    </>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Column gap="small">
        <Heading level={2} size="level-3" id={id}>
          {heading}
        </Heading>
        {children}
      </Column>
    </section>
  );
}

/** A service's fields on this page, in this order: residents see no capacity. */
type PublicField = Exclude<ServiceField, 'capacity'>;
const serviceFields: readonly PublicField[] = [
  'targetGroups',
  'categories',
  'accessRoutes',
  'eligibility',
  'cost',
  'schedule',
  'languages',
  'districts',
];

/** What each field is called on this page, in residents' words. */
const fieldKeys: Record<PublicField, string> = {
  targetGroups: 'forWhom',
  categories: 'categories',
  accessRoutes: 'access',
  eligibility: 'eligibility',
  cost: 'cost',
  schedule: 'schedule',
  languages: 'languages',
  districts: 'districts',
};

function Service({ service }: { service: PublicDirectoryService }) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby={`service-${service.id}`}>
      <Column gap="small">
        <Heading level={3} size="level-4" id={`service-${service.id}`}>
          {service.name}
        </Heading>
        {service.description && <Paragraph>{service.description}</Paragraph>}
        <ServiceDetails
          service={service}
          fields={serviceFields}
          fieldLabel={(field) => t(`publicDirectory.entry.${fieldKeys[field]}`)}
          valueLabels={(list, values) => publicValueLabels(t, list, values)}
          sections
        />
      </Column>
    </article>
  );
}

function Location({ location }: { location: PublicDirectoryLocation }) {
  const { t } = useTranslation();
  return (
    <article aria-labelledby={`location-${location.id}`}>
      <Column gap="small">
        <Heading level={3} size="level-4" id={`location-${location.id}`}>
          {location.name}
        </Heading>
        <PostalAddress location={location} />
        {location.openingHours && (
          <Paragraph>
            {t('publicDirectory.entry.openingHours')}: {location.openingHours}
          </Paragraph>
        )}
      </Column>
    </article>
  );
}
