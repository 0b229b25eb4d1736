import { type Kysely, type Migration, type MigrationResult, Migrator } from 'kysely';
import * as m0001 from './migrations/0001-districts-and-organisations.js';
import * as m0002 from './migrations/0002-people-and-sessions.js';
import * as m0003 from './migrations/0003-mail-and-tokens.js';
import * as m0004 from './migrations/0004-passkeys.js';
import * as m0005 from './migrations/0005-single-sign-on.js';
import * as m0006 from './migrations/0006-audit-trail.js';
import * as m0007 from './migrations/0007-pii-overrides.js';
import * as m0008 from './migrations/0008-directory.js';
import * as m0009 from './migrations/0009-directory-locations-contacts.js';
import * as m0010 from './migrations/0010-directory-reminders.js';
import * as m0011 from './migrations/0011-directory-search-indexes.js';
import * as m0012 from './migrations/0012-directory-search-facets.js';
import * as m0013 from './migrations/0013-cases.js';
import type { Database } from './schema.js';

// Listed here rather than read from a folder, so the same list works from src/ and dist/.
const migrations: Record<string, Migration> = {
  '0001-districts-and-organisations': m0001,
  '0002-people-and-sessions': m0002,
  '0003-mail-and-tokens': m0003,
  '0004-passkeys': m0004,
  '0005-single-sign-on': m0005,
  '0006-audit-trail': m0006,
  '0007-pii-overrides': m0007,
  '0008-directory': m0008,
  '0009-directory-locations-contacts': m0009,
  '0010-directory-reminders': m0010,
  '0011-directory-search-indexes': m0011,
  '0012-directory-search-facets': m0012,
  '0013-cases': m0013,
};

/** The names of all migrations, oldest first. */
export const migrationNames = Object.keys(migrations);

export class MigrationError extends Error {}

/** Applies every pending migration; returns the names of those applied now. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result: MigrationResult) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      failed
        ? `Migration ${failed.migrationName} failed: ${reason}`
        : `Could not migrate the database: ${reason}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
