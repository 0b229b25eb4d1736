import { type Kysely, PostgresAdapter, sql } from 'kysely';

// The directory search reads one table (bench/directory-search.ts, docs/decisions/0007).
//
// Each search document now also holds its organisation's facets — kind, status, districts,
// languages, and the categories, target groups, access routes, languages and districts of its
// active services — as tokens (`facets`), which the directory repository writes with the rest
// of the document in the transaction of every change. A filter is then one more condition on
// the same index as the words: no join to organisations, profiles or a facet row per service,
// which cost PostgreSQL most of 20 ms at 5,000 organisations. The facet rows of migration 0011
// and their triggers go.
//
// The documents are emptied: the server rebuilds them all at start-up (`indexMissing`).

const triggers = [
  'directory_service_facets_insert',
  'directory_service_facets_update',
  'directory_service_district_facets_insert',
  'directory_service_district_facets_update',
  'directory_service_district_facets_delete',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    await sql`drop trigger directory_service_facets_refresh on directory_services`.execute(db);
    await sql`drop trigger directory_service_district_facets_refresh
      on directory_service_districts`.execute(db);
    await sql`drop function directory_service_facets_refresh()`.execute(db);
    await sql`drop function directory_service_district_facets_refresh()`.execute(db);
    await sql`delete from directory_search`.execute(db);
    await sql`alter table directory_search add column facets text not null default ''`.execute(db);
    // Tokens as they are (no parser, no stemming), so a filter's query names them exactly.
    await sql`alter table directory_search add column facet_vector tsvector
      generated always as (array_to_tsvector(string_to_array(facets, ' '))) stored`.execute(db);
    // A row holds its name, ids and vectors in its own page; the texts the search never reads
    // (body, facets) go to the TOAST table. Left to itself, PostgreSQL would move the name out
    // of a large row first, and sorting a thousand hits by name would read a thousand of them
    // from there.
    for (const column of ['organisation_id', 'name', 'facet_vector']) {
      await sql`alter table directory_search alter column ${sql.ref(column)} set storage main`.execute(
        db,
      );
    }
    await sql`alter table directory_search alter column facets set storage external`.execute(db);
    await sql`create index directory_search_facet_vector on directory_search
      using gin (facet_vector)`.execute(db);
  } else {
    for (const trigger of triggers) await sql.raw(`drop trigger ${trigger}`).execute(db);
    // The documents move to an ordinary table, as on PostgreSQL — found by organisation through
    // its unique index (the FTS5 table could only be read whole for that), listed and counted
    // through the index on names — and the FTS5 table becomes their index (external content),
    // which triggers keep in step with every write.
    await sql`drop table directory_search`.execute(db);
    await sql`create table directory_search (
      id integer primary key,
      organisation_id text not null unique references organisations (id) on delete cascade,
      name text not null,
      body text not null,
      facets text not null default ''
    )`.execute(db);
    await sql`create virtual table directory_search_index using fts5(
      name, body, facets,
      content = 'directory_search', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3'
    )`.execute(db);
    const add = `insert into directory_search_index (rowid, name, body, facets)
      values (new.id, new.name, new.body, new.facets)`;
    const remove = `insert into directory_search_index (directory_search_index, rowid, name, body, facets)
      values ('delete', old.id, old.name, old.body, old.facets)`;
    for (const trigger of [
      `directory_search_insert after insert on directory_search begin ${add}; end`,
      `directory_search_update after update on directory_search begin ${remove}; ${add}; end`,
      `directory_search_delete after delete on directory_search begin ${remove}; end`,
    ]) {
      await sql.raw(`create trigger ${trigger}`).execute(db);
    }
  }
  // Pages of entries without words are in name order.
  await sql`create index directory_search_name on directory_search (
    ${postgres ? sql`name collate "C", organisation_id collate "C"` : sql`name, organisation_id`}
  )`.execute(db);
  await sql`drop table directory_service_facets`.execute(db);
}
