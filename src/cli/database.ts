import { loadConfig } from '../server/config.js';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';

/** Opens the configured database for the length of one command. */
export async function withDatabase<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = openDatabase(loadConfig().database);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Opens the configured database, brought up to date, for the length of one command. */
export function withMigratedDatabase<T>(
  work: (database: DatabaseHandle, applied: string[]) => Promise<T>,
): Promise<T> {
  return withDatabase(async (database) => work(database, await migrateToLatest(database.db)));
}
