import type { Kysely } from 'kysely';
import type { District } from '../../../shared/schemas/district.js';
import { newId, nowIso } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { districtsRepository } from './districts.repository.js';

export function districtsService(db: Kysely<Database>) {
  const repository = districtsRepository(db);
  return {
    list: (): Promise<District[]> => repository.list(),

    count: (): Promise<number> => repository.count(),

    findByCodes: (codes: readonly string[]): Promise<District[]> => repository.findByCodes(codes),

    async create(input: { code: string; name: string }): Promise<District> {
      const district = { id: newId(), code: input.code, name: input.name };
      await repository.insert({ ...district, createdAt: nowIso() });
      return district;
    },
  };
}

export type DistrictsService = ReturnType<typeof districtsService>;
