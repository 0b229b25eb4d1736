import type { Kysely } from 'kysely';

// When an organisation was last reminded to confirm its directory entry: the reminder job sends
// one when the confirmation is older than six months, and again every four weeks while it stays
// unconfirmed. A row per organisation, claimed atomically, so two servers never both send.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directory_reminders')
    .addColumn('organisation_id', 'text', (column) =>
      column.primaryKey().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('sent_at', 'text', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('directory_reminders').execute();
}
