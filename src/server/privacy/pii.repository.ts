import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PiiOverrideTable } from './pii.table.js';

export function piiRepository(db: Kysely<Database>) {
  return {
    /** Which of these (hash, category) pairs the organisation marked as not personal data. */
    async overridden(organisationId: string, hashes: string[]): Promise<Set<string>> {
      if (hashes.length === 0) return new Set();
      const rows = await db
        .selectFrom('pii_overrides')
        .select(['text_hash', 'category'])
        .where('organisation_id', '=', organisationId)
        .where('text_hash', 'in', hashes)
        .execute();
      return new Set(rows.map((row) => `${row.text_hash}:${row.category}`));
    },

    async marksOf(organisationId: string): Promise<{ textHash: string; category: string }[]> {
      return db
        .selectFrom('pii_overrides')
        .select(['text_hash as textHash', 'category'])
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at')
        .execute();
    },

    /** Keeps the first mark of a text: marking it again changes nothing. */
    async insert(override: PiiOverrideTable): Promise<boolean> {
      const result = await db
        .insertInto('pii_overrides')
        .values(override)
        .onConflict((conflict) =>
          conflict.columns(['organisation_id', 'text_hash', 'category']).doNothing(),
        )
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}
