import type { Kysely } from 'kysely';

// The partner directory's locations (public, or confidential: a shelter's address, which only
// the organisation's own people ever see) and warm-line contacts (named professionals who
// opted in, shown to signed-in professionals only).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directory_locations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('street_address', 'text', (column) => column.notNull())
    .addColumn('postcode', 'text', (column) => column.notNull())
    .addColumn('city', 'text', (column) => column.notNull())
    .addColumn('opening_hours', 'text', (column) => column.notNull())
    // 0 or 1: a confidential address is shown to the organisation's own editors only.
    .addColumn('confidential', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('directory_locations_organisation')
    .on('directory_locations')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('directory_contacts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('phone', 'text', (column) => column.notNull())
    .addColumn('email', 'text', (column) => column.notNull())
    // When the professional agreed to be listed; a contact exists only with their consent.
    .addColumn('opted_in_at', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('directory_contacts_organisation')
    .on('directory_contacts')
    .column('organisation_id')
    .execute();
}
