import type { Kysely } from 'kysely';
import type { District } from '../../../shared/schemas/district.js';
import { countRows, textOrder } from '../../db/queries.js';
import type { Database } from '../../db/schema.js';

export function districtsRepository(db: Kysely<Database>) {
  return {
    list(): Promise<District[]> {
      return db
        .selectFrom('districts')
        .select(['id', 'code', 'name'])
        .orderBy(textOrder(db, 'name'))
        .execute();
    },

    findByCodes(codes: readonly string[]): Promise<District[]> {
      if (codes.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('districts')
        .select(['id', 'code', 'name'])
        .where('code', 'in', codes)
        .execute();
    },

    async rename(id: string, name: string): Promise<void> {
      await db.updateTable('districts').set({ name }).where('id', '=', id).execute();
    },

    count: (): Promise<number> => countRows(db, 'districts'),

    async insert(district: District & { createdAt: string }): Promise<void> {
      await db
        .insertInto('districts')
        .values({
          id: district.id,
          code: district.code,
          name: district.name,
          created_at: district.createdAt,
        })
        .execute();
    },
  };
}

export type DistrictsRepository = ReturnType<typeof districtsRepository>;
