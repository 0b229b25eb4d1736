import { type Kysely, PostgresAdapter, sql } from 'kysely';

// The directory search at 5,000 organisations and 20,000 services (bench/directory-search.ts,
// bench/RESULTS.md): the same results, found faster.
//
// PostgreSQL ranked every hit by computing `to_tsvector` of its whole document again (the GIN
// index held only the match, not the vectors): seconds for a common word. The vector is now a
// stored generated column, indexed, that the search reads and ranks, kept in the table's own
// pages.
// SQLite: the FTS5 table gets prefix indexes for one to three letters, what someone types first.
// Both: the filters on a service's categories, target groups, access routes, languages and
// districts read `directory_service_facets` — a row per value of an active service, kept by
// triggers on every write to directory_services and directory_service_districts, whoever
// writes — instead of matching the JSON text of every service or joining every service to its
// districts. (Not an index on service districts by district: without statistics, SQLite would
// drive the who-is-who's per-organisation subqueries from it and take seconds.)

const facetColumns = [
  ['category', 'categories'],
  ['target-group', 'target_groups'],
  ['access', 'access_routes'],
  ['language', 'languages'],
] as const;

/**
 * The facet rows of the services `row` names (`new` in a trigger, `s` in the backfill): a row
 * per value of each JSON array (`values` unfolds one into rows with a `value` column) and per
 * district the service serves (from `districts`, as `sd`). `union`: a value listed twice is
 * one row.
 */
const facetRows = (row: string, from: { values: (column: string) => string; districts: string }) =>
  [
    ...facetColumns.map(
      ([facet, column]) =>
        `select '${facet}', value, ${row}.organisation_id, ${row}.id from ${from.values(`${row}.${column}`)}`,
    ),
    `select 'district', sd.district_id, ${row}.organisation_id, ${row}.id from ${from.districts}`,
  ].join(' union ');

const insertFacets =
  'insert into directory_service_facets (facet, value, organisation_id, service_id)';
const deleteDistrictFacet = `delete from directory_service_facets
  where facet = 'district' and value = old.district_id and service_id = old.service_id`;
const insertDistrictFacet = `${insertFacets}
  select 'district', new.district_id, s.organisation_id, s.id from directory_services s
  where s.id = new.service_id and s.status = 'active'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    await sql`alter table directory_search add column search_vector tsvector
      generated always as (
        setweight(to_tsvector('dutch', name), 'A') || setweight(to_tsvector('dutch', body), 'B')
      ) stored`.execute(db);
    // The vectors stay in the table's own pages (compressed), the body text — never read by a
    // search — moves out: a search then reads the vectors without a detour per row through the
    // TOAST table. Rewriting every body applies both to the rows already there.
    await sql`alter table directory_search alter column search_vector set storage main`.execute(db);
    await sql`alter table directory_search alter column body set storage external`.execute(db);
    await sql`update directory_search set body = body || ''`.execute(db);
    await sql`create index directory_search_search_vector on directory_search
      using gin (search_vector)`.execute(db);
    await sql`drop index directory_search_vector`.execute(db);
  } else {
    await sql`create virtual table directory_search_next using fts5(
      organisation_id unindexed, name, body,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3'
    )`.execute(db);
    await sql`insert into directory_search_next (organisation_id, name, body)
      select organisation_id, name, body from directory_search`.execute(db);
    await sql`drop table directory_search`.execute(db);
    await sql`alter table directory_search_next rename to directory_search`.execute(db);
  }

  await db.schema
    .createTable('directory_service_facets')
    .addColumn('facet', 'text', (column) => column.notNull())
    .addColumn('value', 'text', (column) => column.notNull())
    .addColumn('organisation_id', 'text', (column) => column.notNull())
    .addColumn('service_id', 'text', (column) =>
      column.notNull().references('directory_services.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('directory_service_facets_pk', [
      'facet',
      'value',
      'organisation_id',
      'service_id',
    ])
    .execute();
  await db.schema
    .createIndex('directory_service_facets_service')
    .on('directory_service_facets')
    .column('service_id')
    .execute();

  // A deleted service takes its rows along (the foreign key); a written service, and a district
  // added to or taken from one, rewrite them — for an active service only.
  if (postgres) {
    const values = (column: string) => `json_array_elements_text(${column}::json)`;
    await sql
      .raw(`create function directory_service_facets_refresh() returns trigger
        language plpgsql as $$
        begin
          if tg_op = 'UPDATE' then
            delete from directory_service_facets where service_id = old.id;
          end if;
          if new.status = 'active' then
            ${insertFacets} ${facetRows('new', {
              values,
              districts: 'directory_service_districts sd where sd.service_id = new.id',
            })};
          end if;
          return null;
        end $$`)
      .execute(db);
    await sql`create trigger directory_service_facets_refresh
      after insert or update on directory_services
      for each row execute function directory_service_facets_refresh()`.execute(db);
    await sql
      .raw(`create function directory_service_district_facets_refresh() returns trigger
        language plpgsql as $$
        begin
          if tg_op in ('UPDATE', 'DELETE') then
            ${deleteDistrictFacet};
          end if;
          if tg_op in ('INSERT', 'UPDATE') then
            ${insertDistrictFacet};
          end if;
          return null;
        end $$`)
      .execute(db);
    await sql`create trigger directory_service_district_facets_refresh
      after insert or update or delete on directory_service_districts
      for each row execute function directory_service_district_facets_refresh()`.execute(db);
    await sql
      .raw(
        `${insertFacets} ${facetRows('s', {
          values: (column) => `directory_services s, ${values(column)} where s.status = 'active'`,
          districts: `directory_services s join directory_service_districts sd
            on sd.service_id = s.id where s.status = 'active'`,
        })}`,
      )
      .execute(db);
  } else {
    const rowsOfNew = facetRows('new', {
      values: (column) => `json_each(${column}) where new.status = 'active'`,
      districts: `directory_service_districts sd
        where sd.service_id = new.id and new.status = 'active'`,
    });
    const triggers = [
      `directory_service_facets_insert after insert on directory_services
        begin ${insertFacets} ${rowsOfNew}; end`,
      `directory_service_facets_update after update on directory_services
        begin
          delete from directory_service_facets where service_id = old.id;
          ${insertFacets} ${rowsOfNew};
        end`,
      `directory_service_district_facets_insert after insert on directory_service_districts
        begin ${insertDistrictFacet}; end`,
      `directory_service_district_facets_update after update on directory_service_districts
        begin ${deleteDistrictFacet}; ${insertDistrictFacet}; end`,
      `directory_service_district_facets_delete after delete on directory_service_districts
        begin ${deleteDistrictFacet}; end`,
    ];
    for (const trigger of triggers) await sql.raw(`create trigger ${trigger}`).execute(db);
    await sql
      .raw(
        `${insertFacets} ${facetRows('s', {
          values: (column) =>
            `directory_services s, json_each(${column}) where s.status = 'active'`,
          districts: `directory_services s join directory_service_districts sd
            on sd.service_id = s.id where s.status = 'active'`,
        })}`,
      )
      .execute(db);
  }
}
