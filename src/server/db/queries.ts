import {
  type Kysely,
  PostgresAdapter,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import type { Database } from './schema.js';

/** The number of rows a query matches. PostgreSQL counts as bigint, which pg hands as text. */
export async function countMatching<TB extends keyof Database>(
  query: SelectQueryBuilder<Database, TB, object>,
): Promise<number> {
  const row = await query
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The number of rows in a table. */
export const countRows = (db: Kysely<Database>, table: keyof Database): Promise<number> =>
  countMatching(db.selectFrom(table));

/**
 * Orders text the same on both engines: by code point, as SQLite's default BINARY collation
 * does. PostgreSQL would otherwise follow the database's locale, which differs per server.
 */
export function textOrder(db: Kysely<Database>, column: string): RawBuilder<string> {
  return isPostgres(db)
    ? sql<string>`${sql.ref(column)} collate "C"`
    : sql<string>`${sql.ref(column)}`;
}

/** For the few places where the engines need different SQL (only inside repositories). */
export const isPostgres = (db: Kysely<Database>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;
