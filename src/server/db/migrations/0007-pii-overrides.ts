import type { Kysely } from 'kysely';

// "Not personal data" marks of the PII guard, per organisation, by hash of the text.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pii_overrides')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('text_hash', 'text', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('reason', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('pii_overrides_unique', ['organisation_id', 'text_hash', 'category'])
    .execute();
}
