import { type Kysely, PostgresAdapter, sql } from 'kysely';

// The audit trail: append-only, hash-chained. Triggers refuse changes on both engines, so
// only someone who can alter the schema can tamper — and `schakel audit verify` sees it.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_entries')
    .addColumn('seq', 'integer', (column) => column.primaryKey())
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text')
    .addColumn('organisation_id', 'text')
    .addColumn('role', 'text')
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('outcome', 'text', (column) => column.notNull())
    .addColumn('resource_type', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('district_id', 'text')
    .addColumn('purpose', 'text')
    .addColumn('client_address', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('audit_entries_user')
    .on('audit_entries')
    .columns(['user_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_entries_resource')
    .on('audit_entries')
    .columns(['resource_type', 'resource_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_entries_at').on('audit_entries').column('at').execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`
      create function audit_entries_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit entries are append-only'; end $$`.execute(db);
    await sql`
      create trigger audit_entries_no_change before update or delete on audit_entries
      for each row execute function audit_entries_append_only()`.execute(db);
    await sql`
      create trigger audit_entries_no_truncate before truncate on audit_entries
      for each statement execute function audit_entries_append_only()`.execute(db);
  } else {
    for (const event of ['update', 'delete']) {
      await sql`
        create trigger ${sql.raw(`audit_entries_no_${event}`)} before ${sql.raw(event)}
        on audit_entries begin select raise(abort, 'audit entries are append-only'); end`.execute(
        db,
      );
    }
  }
}
