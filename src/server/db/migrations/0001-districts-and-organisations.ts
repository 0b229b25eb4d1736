import { type Kysely, sql } from 'kysely';

// Portable schema (ARCHITECTURE.md): ids are UUIDv7 text, timestamps ISO-8601 UTC text.
// Migrations take Kysely<unknown>: they describe the schema of their own moment, not today's types.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('value', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('districts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('name', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull().unique())
    .addColumn('kind', 'text', (column) =>
      column.notNull().check(sql`kind in ('informal', 'formal')`),
    )
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('organisation_districts')
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('district_id', 'text', (column) =>
      column.notNull().references('districts.id').onDelete('restrict'),
    )
    .addPrimaryKeyConstraint('organisation_districts_pk', ['organisation_id', 'district_id'])
    .execute();

  await db.schema
    .createIndex('organisation_districts_district_idx')
    .on('organisation_districts')
    .column('district_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('organisation_districts').execute();
  await db.schema.dropTable('organisations').execute();
  await db.schema.dropTable('districts').execute();
  await db.schema.dropTable('settings').execute();
}
