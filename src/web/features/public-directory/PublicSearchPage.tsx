import {
  Button,
  Card,
  Column,
  Grid,
  Heading,
  Metadata,
  Paragraph,
  Row,
  Select,
  TextInput,
} from '@amsterdam/design-system-react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceCategories } from '../../../shared/schemas/directory.js';
import { FormField } from '../../lib/FormField.js';
import { useDistricts } from '../../lib/queries.js';
import { useDebounced } from '../../lib/useDebounced.js';
import { usePageTitle } from '../../lib/usePageTitle.js';
import { directoryPaths } from '../directory/directoryPaths.js';
import { usePublicContext } from './PublicLayout.js';
import { PublicLink } from './PublicLink.js';
import { publicDirectoryApi, publicPageSize } from './publicDirectoryApi.js';
import { publicValueLabel } from './publicLabels.js';

/** How long typing must pause before the search runs. */
const typingPauseMs = 300;

/**
 * The public search: results while typing, a district and a kind of help to narrow them, and a
 * list of organisations that each lead to their entry.
 */
export function PublicSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('publicDirectory.search.title'));
  const { search, setSearch } = usePublicContext();
  const [typed, setTyped] = useState(search.q);
  const [settled] = useDebounced(typed, typingPauseMs);
  const districts = useDistricts();

  // The settled words become the search (kept by the layout, so Back to search finds them).
  useEffect(() => {
    if (settled !== search.q) setSearch({ ...search, q: settled });
  }, [settled, search, setSearch]);

  const results = useInfiniteQuery({
    queryKey: ['public-directory', 'search', search],
    queryFn: ({ pageParam }) =>
      publicDirectoryApi.search({ ...search, page: pageParam, pageSize: publicPageSize }),
    initialPageParam: 1,
    getNextPageParam: (last) =>
      last.page * last.pageSize < last.total ? last.page + 1 : undefined,
    placeholderData: keepPreviousData,
  });

  const list = useRef<HTMLOListElement>(null);
  /** After "show more", the first new organisation's link takes the focus. */
  const focusFrom = useRef<number | undefined>(undefined);
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  useEffect(() => {
    const index = focusFrom.current;
    if (index === undefined || items.length <= index) return;
    focusFrom.current = undefined;
    list.current?.querySelectorAll<HTMLAnchorElement>('li a')[index]?.focus();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch({ ...search, q: typed });
  }

  const first = results.data?.pages[0];
  return (
    <Grid paddingVertical="large" gapVertical="large">
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }}>
        <Column gap="large">
          <Heading level={1}>{t('publicDirectory.search.heading')}</Heading>
          <Paragraph size="large">{t('publicDirectory.search.intro')}</Paragraph>
        </Column>
      </Grid.Cell>
      <Grid.Cell span="all">
        <search aria-label={t('publicDirectory.search.formLabel')}>
          <form onSubmit={submit}>
            <Row gap="large" wrap alignVertical="end">
              <div className="schakel-public-search__words">
                <FormField
                  id="public-q"
                  label={t('publicDirectory.search.q')}
                  description={t('publicDirectory.search.qHint')}
                >
                  {(input) => (
                    <TextInput
                      {...input}
                      name="q"
                      autoComplete="off"
                      enterKeyHint="search"
                      value={typed}
                      onChange={(event) => setTyped(event.target.value)}
                    />
                  )}
                </FormField>
              </div>
              <FormField id="public-district" label={t('publicDirectory.search.district')}>
                {(input) => (
                  <Select
                    {...input}
                    value={search.district}
                    onChange={(event) => setSearch({ ...search, district: event.target.value })}
                  >
                    <Select.Option value="">
                      {t('publicDirectory.search.allDistricts')}
                    </Select.Option>
                    {(districts.data?.items ?? []).map((district) => (
                      <Select.Option key={district.code} value={district.code}>
                        {district.name}
                      </Select.Option>
                    ))}
                  </Select>
                )}
              </FormField>
              <FormField id="public-category" label={t('publicDirectory.search.category')}>
                {(input) => (
                  <Select
                    {...input}
                    value={search.category}
                    onChange={(event) => setSearch({ ...search, category: event.target.value })}
                  >
                    <Select.Option value="">
                      {t('publicDirectory.search.allCategories')}
                    </Select.Option>
                    {serviceCategories.map((category) => (
                      <Select.Option key={category} value={category}>
                        {publicValueLabel(t, 'category', category)}
                      </Select.Option>
                    ))}
                  </Select>
                )}
              </FormField>
            </Row>
          </form>
        </search>
      </Grid.Cell>
      <Grid.Cell span={{ narrow: 4, medium: 8, wide: 8 }} as="section" aria-labelledby="results">
        <Column gap="large">
          <Heading level={2} id="results">
            {t('publicDirectory.search.resultsHeading')}
          </Heading>
          <Paragraph role="status" aria-busy={results.isFetching}>
            {results.isPending
              ? t('publicDirectory.search.loading')
              : results.isError
                ? t('publicDirectory.loadError')
                : first && first.total === 0
                  ? t('publicDirectory.search.none')
                  : first?.match === 'similar-name'
                    ? t('publicDirectory.search.similar')
                    : t('publicDirectory.search.found', { count: first?.total ?? 0 })}
          </Paragraph>
          {items.length > 0 && (
            <ol ref={list} className="schakel-public-results">
              {items.map((hit) => (
                <li key={hit.id}>
                  <Card>
                    <Card.HeadingGroup>
                      <Card.Heading level={3}>
                        <Card.Link
                          href={directoryPaths.publicEntry(hit.id)}
                          linkComponent={PublicLink}
                        >
                          {hit.name}
                        </Card.Link>
                      </Card.Heading>
                      <Metadata size="small">{t(`publicDirectory.kind.${hit.kind}`)}</Metadata>
                    </Card.HeadingGroup>
                    {(hit.whatWeDo || hit.description) && (
                      <Paragraph className="schakel-public-results__summary">
                        {hit.whatWeDo || hit.description}
                      </Paragraph>
                    )}
                  </Card>
                </li>
              ))}
            </ol>
          )}
          {results.hasNextPage && (
            <div>
              <Button
                variant="secondary"
                disabled={results.isFetchingNextPage}
                onClick={() => {
                  focusFrom.current = items.length;
                  void results.fetchNextPage();
                }}
              >
                {t('publicDirectory.search.more')}
              </Button>
            </div>
          )}
        </Column>
      </Grid.Cell>
    </Grid>
  );
}
