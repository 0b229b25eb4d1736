import { type Kysely, PostgresAdapter, sql } from 'kysely';

// The partner directory: an organisation's profile, its services and the districts each
// serves, and a search document per organisation that the repository keeps in sync.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directory_profiles')
    .addColumn('organisation_id', 'text', (column) =>
      column.primaryKey().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('website', 'text', (column) => column.notNull())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('phone', 'text', (column) => column.notNull())
    .addColumn('what_we_do', 'text', (column) => column.notNull())
    .addColumn('what_we_do_not', 'text', (column) => column.notNull())
    // A JSON array of language codes.
    .addColumn('languages', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('last_verified_at', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('directory_services')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    // JSON arrays of enum values (src/shared/schemas/directory.ts).
    .addColumn('categories', 'text', (column) => column.notNull())
    .addColumn('target_groups', 'text', (column) => column.notNull())
    .addColumn('access_routes', 'text', (column) => column.notNull())
    .addColumn('languages', 'text', (column) => column.notNull())
    .addColumn('eligibility', 'text', (column) => column.notNull())
    .addColumn('cost', 'text', (column) => column.notNull())
    .addColumn('schedule', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('capacity', 'integer')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('directory_services_organisation')
    .on('directory_services')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('directory_service_districts')
    .addColumn('service_id', 'text', (column) =>
      column.notNull().references('directory_services.id').onDelete('cascade'),
    )
    .addColumn('district_id', 'text', (column) => column.notNull().references('districts.id'))
    .addPrimaryKeyConstraint('directory_service_districts_pk', ['service_id', 'district_id'])
    .execute();

  // The search document: the organisation's name, and the rest of its entry as one text
  // (lower case, without diacritics, with Dutch and English words for every category and
  // target group). SQLite: an FTS5 table; PostgreSQL: a table with an expression GIN index.
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.schema
      .createTable('directory_search')
      .addColumn('organisation_id', 'text', (column) =>
        column.primaryKey().references('organisations.id').onDelete('cascade'),
      )
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('body', 'text', (column) => column.notNull())
      .execute();
    await sql`create index directory_search_vector on directory_search using gin ((
      setweight(to_tsvector('dutch', name), 'A') || setweight(to_tsvector('dutch', body), 'B')
    ))`.execute(db);
  } else {
    await sql`create virtual table directory_search using fts5(
      organisation_id unindexed, name, body,
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
  }
}
