import {
  Alert,
  Button,
  Column,
  Grid,
  Heading,
  Link,
  Paragraph,
} from '@amsterdam/design-system-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  DirectoryService,
  DirectoryWhoIsWho,
  DirectoryWhoIsWhoItem,
} from '../../../shared/schemas/directory.js';
import { ApiError } from '../../lib/api.js';
import { useDate } from '../../lib/dates.js';
import { EmailText } from '../../lib/EmailText.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { LoadingParagraph } from '../auth/LoadingParagraph.js';
import { DirectoryBreadcrumb } from './DirectoryBreadcrumb.js';
import { directoryPaths } from './directoryPaths.js';
import { useWhoIsWho } from './directoryQueries.js';
import {
  accessLabel,
  categoryLabel,
  languageLabel,
  listed,
  targetGroupLabel,
  telHref,
} from './directoryText.js';
import { SignedInOnly } from './SignedInOnly.js';
import { WhoIsWhoLinks } from './WhoIsWhoLinks.js';

/**
 * "Wie is wie": every active partner of a district on one compact list, made for A4 — for the
 * walk-in's desk and the network meeting. The print stylesheet (directory.css) leaves out the
 * header, menu and buttons, keeps each organisation on one page and writes out the websites.
 */
export function WhoIsWhoPage() {
  const { districtCode = '' } = useParams();
  return <SignedInOnly>{() => <WhoIsWho code={districtCode} />}</SignedInOnly>;
}

function WhoIsWho({ code }: { code: string }) {
  const { t } = useTranslation();
  const overview = useWhoIsWho(code);
  usePageTitle(
    overview.data
      ? t('directory.whoIsWho.title', { district: overview.data.district.name })
      : overview.isError
        ? t('directory.whoIsWho.notFoundTitle')
        : t('directory.home'),
  );
  if (overview.isPending) return <LoadingParagraph />;
  if (overview.isError) return <WhoIsWhoProblem code={code} error={overview.error} />;
  return <Overview overview={overview.data} />;
}

function WhoIsWhoProblem({ code, error }: { code: string; error: Error }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const requestId = error instanceof ApiError ? error.problem?.requestId : undefined;
  return (
    <Grid paddingVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="small">
          <DirectoryBreadcrumb />
          {status === 404 || status === 400 ? (
            <>
              <Heading level={1}>{t('directory.whoIsWho.notFoundHeading')}</Heading>
              <Paragraph>{t('directory.whoIsWho.notFoundBody')}</Paragraph>
            </>
          ) : (
            <Alert heading={t('app.loadError')} headingLevel={1} severity="error">
              {requestId && <Paragraph>{t('app.requestId', { id: requestId })}</Paragraph>}
            </Alert>
          )}
          <WhoIsWhoLinks current={code} />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

function Overview({ overview }: { overview: DirectoryWhoIsWho }) {
  const { t } = useTranslation();
  const date = useDate();
  // The moment the page was made: what a printout says it shows.
  const [madeAt] = useState(() => new Date());
  const district = overview.district.name;
  const informal = overview.organisations.filter((o) => o.kind === 'informal');
  const formal = overview.organisations.filter((o) => o.kind === 'formal');

  return (
    <Grid paddingVertical="large" gapVertical="large" className="schakel-who-is-who">
      <Grid.Cell span="all">
        <Column gap="small">
          <DirectoryBreadcrumb />
          <Heading level={1}>{t('directory.whoIsWho.heading', { district })}</Heading>
          <Paragraph className="schakel-who-is-who__date">
            {t('directory.whoIsWho.date', { date: date(madeAt) })}
          </Paragraph>
          <Paragraph>{t('directory.whoIsWho.intro', { district })}</Paragraph>
          <Paragraph size="small">{t('directory.whoIsWho.privacy')}</Paragraph>
          <div className="schakel-no-print">
            <Button variant="secondary" onClick={() => window.print()}>
              {t('directory.whoIsWho.print')}
            </Button>
          </div>
        </Column>
      </Grid.Cell>

      {overview.organisations.length === 0 && (
        <Grid.Cell span="all">
          <Paragraph>{t('directory.whoIsWho.none', { district })}</Paragraph>
        </Grid.Cell>
      )}
      {[
        {
          id: 'who-is-who-informal',
          heading: t('directory.whoIsWho.informalHeading'),
          items: informal,
        },
        { id: 'who-is-who-formal', heading: t('directory.whoIsWho.formalHeading'), items: formal },
      ]
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <Grid.Cell key={group.id} span="all" as="section" aria-labelledby={group.id}>
            <Heading level={2} id={group.id} className="schakel-who-is-who__group">
              {group.heading}
            </Heading>
            <ul className="schakel-who-is-who__list">
              {group.items.map((organisation) => (
                <OrganisationItem key={organisation.id} organisation={organisation} />
              ))}
            </ul>
          </Grid.Cell>
        ))}

      <Grid.Cell
        span="all"
        as="section"
        aria-labelledby="who-is-who-other"
        className="schakel-no-print"
      >
        <Column gap="small">
          <Heading level={2} size="level-4" id="who-is-who-other">
            {t('directory.whoIsWho.otherDistricts')}
          </Heading>
          <WhoIsWhoLinks current={overview.district.code} />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

/** One organisation, compact: its role, how to reach it, its services, places and people. */
function OrganisationItem({ organisation }: { organisation: DirectoryWhoIsWhoItem }) {
  const { t } = useTranslation();
  const { website, email, phone } = organisation;
  return (
    <li className="schakel-who-is-who__organisation">
      <Heading level={3} size="level-4">
        <Link href={directoryPaths.entry(organisation.id)} linkComponent={RouterLink}>
          {organisation.name}
        </Link>
      </Heading>
      {(phone || email || website) && (
        <p className="schakel-who-is-who__line">
          {joined([
            phone && <Link href={telHref(phone)}>{phone}</Link>,
            email && (
              <Link href={`mailto:${email}`}>
                <EmailText address={email} />
              </Link>
            ),
            // On paper the print stylesheet writes the address out after the word.
            website && (
              <Link href={website} rel="noreferrer">
                {t('directory.entry.website')}
              </Link>
            ),
          ])}
        </p>
      )}
      <dl className="schakel-who-is-who__facts">
        {organisation.whatWeDo && (
          <Fact label={t('directory.whoIsWho.whatWeDo')}>{organisation.whatWeDo}</Fact>
        )}
        {organisation.whatWeDoNot && (
          <Fact label={t('directory.whoIsWho.whatWeDoNot')}>{organisation.whatWeDoNot}</Fact>
        )}
        {organisation.languages.length > 0 && (
          <Fact label={`${t('directory.entry.languages')}:`}>
            {listed(t, languageLabel, organisation.languages)}
          </Fact>
        )}
        {organisation.services.length > 0 && (
          <Fact label={t('directory.whoIsWho.services')}>
            <ul className="schakel-who-is-who__sublist">
              {organisation.services.map((service) => (
                <li key={service.id}>
                  <ServiceLine service={service} />
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {organisation.locations.length > 0 && (
          <Fact label={t('directory.whoIsWho.locations')}>
            <ul className="schakel-who-is-who__sublist">
              {organisation.locations.map((location) => (
                <li key={location.id}>
                  <strong>{location.name}</strong>: {location.streetAddress}, {location.postcode}{' '}
                  {location.city}
                  {location.openingHours && ` (${location.openingHours})`}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {organisation.contacts.length > 0 && (
          <Fact label={t('directory.whoIsWho.contacts')}>
            <ul className="schakel-who-is-who__sublist">
              {organisation.contacts.map((contact) => (
                <li key={contact.id}>
                  <strong>{contact.name}</strong> ({contact.role})
                  {contact.phone && (
                    <>
                      {' · '}
                      <Link href={telHref(contact.phone)}>{contact.phone}</Link>
                    </>
                  )}
                  {contact.email && (
                    <>
                      {' · '}
                      <Link href={`mailto:${contact.email}`}>
                        <EmailText address={contact.email} />
                      </Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
    </li>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="schakel-who-is-who__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** "Vadergroep — Steungroep · Mannen en vaders · Zelf binnenlopen · Donderdag 19–21 uur" */
function ServiceLine({ service }: { service: DirectoryService }) {
  const { t } = useTranslation();
  const details = [
    listed(t, categoryLabel, service.categories),
    listed(t, targetGroupLabel, service.targetGroups),
    listed(t, accessLabel, service.accessRoutes),
    service.schedule,
    service.cost,
  ].filter((part) => part !== '');
  return (
    <>
      <strong>{service.name}</strong>
      {details.length > 0 && ` — ${details.join(' · ')}`}
    </>
  );
}

/** The parts that are there, with a dot between. */
function joined(parts: (React.ReactNode | '' | false)[]) {
  return parts
    .filter((part) => part !== '' && part !== false)
    .map((part, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of at most three parts
      <span key={index}>
        {index > 0 && ' · '}
        {part}
      </span>
    ));
}
