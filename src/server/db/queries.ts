import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Database } from './schema.js';

/** The number of rows in a table. PostgreSQL counts as bigint, which pg hands over as text. */
export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Orders text the same on both engines: by code point, as SQLite's default BINARY collation
 * does. PostgreSQL would otherwise follow the database's locale, which differs per server.
 */
export function textOrder(db: Kysely<Database>, column: string): RawBuilder<string> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return isPostgres ? sql<string>`${sql.ref(column)} collate "C"` : sql<string>`${sql.ref(column)}`;
}
