import {
  Alert,
  Badge,
  Button,
  Column,
  Field,
  Grid,
  Heading,
  Label,
  Link,
  LinkList,
  Paragraph,
  Row,
  SearchField,
  Select,
} from '@amsterdam/design-system-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { mayEver } from '../../../shared/permissions.js';
import {
  accessRoutes,
  type DirectoryHit,
  directoryLanguages,
  type DirectorySearchPage as SearchAnswer,
  serviceCategories,
  targetGroups,
} from '../../../shared/schemas/directory.js';
import { organisationKinds } from '../../../shared/schemas/organisation.js';
import { ApiError } from '../../lib/api.js';
import { PageLinks, pageFrom } from '../../lib/PageLinks.js';
import { useDistricts, useMe } from '../../lib/queries.js';
import { RouterLink } from '../../lib/RouterLink.js';
import { useDebounced } from '../../lib/useDebounced.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { isSignedIn } from '../auth/isSignedIn.js';
import { kindColour, ToBeCheckedBadge } from './Badges.js';
import { directoryPaths } from './directoryPaths.js';
import { searchTextKey, useDirectorySearch } from './directoryQueries.js';
import {
  accessLabel,
  categoryLabel,
  languageLabel,
  shortened,
  targetGroupLabel,
} from './directoryText.js';
import { SignedInOnly } from './SignedInOnly.js';
import { addressOf, type FilterField, filterFields, filtersFrom } from './searchFilters.js';
import { WhoIsWhoLinks } from './WhoIsWhoLinks.js';

/** How long the search waits after the last key before it asks the server. */
const typingPause = 250;

/**
 * "Sociale kaart": search the partner directory as you type, with filters. The words typed stay
 * in this page's memory only (they can be personal: never in the address, where history and
 * logs would keep them); the filters and the page number are in the address, so that the way
 * back from an entry finds the same list.
 */
export function DirectorySearchPage() {
  return <SignedInOnly>{() => <DirectorySearch />}</SignedInOnly>;
}

function DirectorySearch() {
  const { t } = useTranslation();
  usePageTitle(t('directory.search.title'));
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  // The filters live in this page's state, from which the address follows: two quick changes
  // (arrow keys on a list) must both count, before the address has caught up.
  const [filters, setFilters] = useState(() => filtersFrom(params));
  const filterQuery = addressOf(filters).toString();
  const addressFollows = filterQuery === addressOf(filtersFrom(params)).toString();
  // Other filters than the address's: their first page, whatever page the address still says.
  const page = addressFollows ? pageFrom(params) : 1;
  useEffect(() => {
    if (!addressFollows) setParams(new URLSearchParams(filterQuery), { replace: true });
  }, [addressFollows, filterQuery, setParams]);

  const [text, setText] = useState(() => queryClient.getQueryData<string>(searchTextKey) ?? '');
  const [q, flush] = useDebounced(text.trim(), typingPause);
  useEffect(() => {
    queryClient.setQueryData(searchTextKey, q);
  }, [q, queryClient]);
  const search = useDirectorySearch({ q, ...filters, page });

  // Another page of results: the reader goes to their start.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    resultsHeading.current?.focus();
  }, [page]);

  function changeText(value: string) {
    setText(value);
    // New words: their first page.
    if (params.has('page')) setParams(new URLSearchParams(filterQuery), { replace: true });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    flush();
  }
  const setFilter = (field: FilterField, value: string) =>
    setFilters((current) => ({ ...current, [field]: value || undefined }));
  const activeFilters = filterFields.filter((field) => filters[field] !== undefined).length;
  const [filtersOpen, setFiltersOpen] = useState(activeFilters > 0);

  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="small">
          <Heading level={1}>{t('directory.search.heading')}</Heading>
          <Paragraph size="large">{t('directory.search.intro')}</Paragraph>
          <Paragraph id="directory-search-hint">{t('directory.search.hint')}</Paragraph>
          <SearchField onSubmit={submit} className="schakel-directory-search">
            <SearchField.Input
              label={t('directory.search.label')}
              name="q"
              value={text}
              aria-describedby="directory-search-hint"
              onChange={(event) => changeText(event.target.value)}
            />
            <SearchField.Button>{t('directory.search.submit')}</SearchField.Button>
          </SearchField>
        </Column>
      </Grid.Cell>

      <Grid.Cell span="all">
        {/* Folded away until wanted (on a phone, six lists would push the results far down);
            open when the address brings filters. */}
        <details
          className="schakel-directory-filters"
          open={filtersOpen}
          onToggle={(event) => setFiltersOpen(event.currentTarget.open)}
        >
          <summary>
            {t('directory.search.filtersHeading')}
            {activeFilters > 0 &&
              ` (${t('directory.search.filtersChosen', { count: activeFilters })})`}
          </summary>
          <Column gap="small" className="schakel-directory-filters__body">
            <Filters values={filters} onChange={setFilter} />
            {activeFilters > 0 && (
              <div>
                <Button variant="tertiary" onClick={() => setFilters({})}>
                  {t('directory.search.clear')}
                </Button>
              </div>
            )}
          </Column>
        </details>
      </Grid.Cell>

      <Grid.Cell
        span={{ narrow: 4, medium: 8, wide: 8 }}
        as="section"
        aria-labelledby="directory-results-heading"
      >
        <Column gap="small">
          <Heading level={2} id="directory-results-heading" ref={resultsHeading} tabIndex={-1}>
            {t('directory.search.resultsHeading')}
          </Heading>
          {/* Says how many were found, to everyone, and to screen readers as it changes. */}
          <Paragraph role="status" className="schakel-directory-count">
            {search.data ? countText(t, search.data) : t('directory.search.searching')}
          </Paragraph>
          {search.isError && !search.data && (
            <Alert heading={t('app.loadError')} headingLevel={3} severity="error">
              {search.error instanceof ApiError && search.error.problem?.requestId && (
                <Paragraph>{t('app.requestId', { id: search.error.problem.requestId })}</Paragraph>
              )}
            </Alert>
          )}
          {search.data && (
            <Results answer={search.data} params={params} busy={search.isPlaceholderData} />
          )}
        </Column>
      </Grid.Cell>

      <Grid.Cell
        span={{ narrow: 4, medium: 8, wide: 4 }}
        as="section"
        aria-labelledby="directory-who-is-who-heading"
      >
        <Column gap="small">
          <Heading level={2} size="level-3" id="directory-who-is-who-heading">
            {t('directory.search.whoIsWhoHeading')}
          </Heading>
          <Paragraph>{t('directory.search.whoIsWhoIntro')}</Paragraph>
          <WhoIsWhoLinks />
          <ExchangeLink />
        </Column>
      </Grid.Cell>
    </Grid>
  );
}

/** For those who keep organisations: the way to the CSV and HSDS import and export. */
function ExchangeLink() {
  const { t } = useTranslation();
  const me = useMe();
  if (!isSignedIn(me.data) || !mayEver(me.data.roles, 'organisations.manage')) return null;
  return (
    <LinkList>
      <LinkList.Link href={directoryPaths.exchange} linkComponent={RouterLink}>
        {t('directory.search.exchangeLink')}
      </LinkList.Link>
    </LinkList>
  );
}

function countText(t: ReturnType<typeof useTranslation>['t'], answer: SearchAnswer): string {
  if (answer.total === 0) return t('directory.search.none');
  const count = answer.total;
  if (answer.match === 'similar-name') return t('directory.search.similarFound', { count });
  if (answer.match === 'all') return t('directory.search.all', { count });
  return t('directory.search.found', { count });
}

/** The six filters, each a list that applies at once; "all" is the empty choice. */
function Filters({
  values,
  onChange,
}: {
  values: ReturnType<typeof filtersFrom>;
  onChange: (field: FilterField, value: string) => void;
}) {
  const { t } = useTranslation();
  const districts = useDistricts();
  const options: Record<FilterField, { any: string; items: { value: string; label: string }[] }> = {
    district: {
      any: t('directory.search.anyDistrict'),
      items: (districts.data?.items ?? []).map((d) => ({ value: d.code, label: d.name })),
    },
    kind: {
      any: t('directory.search.anyKind'),
      items: organisationKinds.map((value) => ({ value, label: t(`kind.${value}`) })),
    },
    category: {
      any: t('directory.search.anyCategory'),
      items: serviceCategories.map((value) => ({ value, label: categoryLabel(t, value) })),
    },
    targetGroup: {
      any: t('directory.search.anyTargetGroup'),
      items: targetGroups.map((value) => ({ value, label: targetGroupLabel(t, value) })),
    },
    language: {
      any: t('directory.search.anyLanguage'),
      // By their names in the reader's language, so that a language is found where expected.
      items: directoryLanguages
        .map((value) => ({ value, label: languageLabel(t, value) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    },
    access: {
      any: t('directory.search.anyAccess'),
      items: accessRoutes.map((value) => ({ value, label: accessLabel(t, value) })),
    },
  };
  return (
    <div className="schakel-filter-grid">
      {filterFields.map((field) => (
        <Field key={field}>
          <Label htmlFor={`directory-filter-${field}`}>{t(`directory.search.${field}`)}</Label>
          <Select
            id={`directory-filter-${field}`}
            value={values[field] ?? ''}
            onChange={(event) => onChange(field, event.target.value)}
          >
            <Select.Option value="">{options[field].any}</Select.Option>
            {options[field].items.map((item) => (
              <Select.Option key={item.value} value={item.value}>
                {item.label}
              </Select.Option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}

function Results({
  answer,
  params,
  busy,
}: {
  answer: SearchAnswer;
  params: URLSearchParams;
  busy: boolean;
}) {
  const { t } = useTranslation();
  if (answer.items.length === 0) return null;
  return (
    <Column gap="large">
      {answer.match === 'similar-name' && (
        <Alert heading={t('directory.search.similarHeading')} headingLevel={3}>
          <Paragraph>{t('directory.search.similarBody')}</Paragraph>
        </Alert>
      )}
      <ol
        className="schakel-directory-hits"
        aria-labelledby="directory-results-heading"
        aria-busy={busy || undefined}
      >
        {answer.items.map((hit) => (
          <Hit key={hit.id} hit={hit} />
        ))}
      </ol>
      <PageLinks list={answer} params={params} />
    </Column>
  );
}

function Hit({ hit }: { hit: DirectoryHit }) {
  const { t } = useTranslation();
  const summary = shortened(hit.whatWeDo || hit.description);
  return (
    <li className="schakel-directory-hit">
      <Column gap="x-small">
        <Heading level={3} size="level-4">
          <Link href={directoryPaths.entry(hit.id)} linkComponent={RouterLink}>
            {hit.name}
          </Link>
        </Heading>
        <Row gap="small" wrap>
          <Badge color={kindColour[hit.kind]} label={t(`kind.${hit.kind}`)} />
          {hit.toBeChecked && <ToBeCheckedBadge />}
        </Row>
        {summary && <Paragraph>{summary}</Paragraph>}
      </Column>
    </li>
  );
}
