import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export function systemRepository(db: Kysely<Database>) {
  return {
    async getSetting(key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row?.value;
    },

    async setSetting(key: string, value: string): Promise<void> {
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
        .execute();
    },

    /** A cheap round trip that proves the database answers. */
    async ping(): Promise<void> {
      await db.selectFrom('settings').select('key').limit(1).execute();
    },
  };
}
