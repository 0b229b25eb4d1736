import { loadConfig } from '../server/config.js';
import { type DatabaseHandle, openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';

/** Opens the configured database, brought up to date, for the length of one command. */
export async function withMigratedDatabase<T>(
  work: (database: DatabaseHandle, applied: string[]) => Promise<T>,
): Promise<T> {
  const database = openDatabase(loadConfig().database);
  try {
    const applied = await migrateToLatest(database.db);
    return await work(database, applied);
  } finally {
    await database.close();
  }
}
