import type { Kysely } from 'kysely';
import type { District } from '../../../shared/schemas/district.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/auth.service.js';
import { authorize } from '../../auth/permissions.js';
import { newId, nowIso } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { ConflictError, NotFoundError } from '../../errors.js';
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

/** Districts are an installation's outline: only administrators add or rename them. */
export function districtsAdminService(db: Kysely<Database>, audit: AuditService) {
  return {
    async create(actor: Actor, input: { code: string; name: string }): Promise<District> {
      authorize(actor, 'districts.manage');
      if ((await districtsRepository(db).findByCodes([input.code])).length > 0) {
        throw new ConflictError('There is already a district with this code.');
      }
      return inTransaction(db, async (trx) => {
        const district = await districtsService(trx).create(input);
        await audit.record(trx, actor, {
          action: 'district.create',
          resource: { type: 'district', id: district.id },
          districtId: district.id,
        });
        return district;
      });
    },

    async rename(actor: Actor, code: string, name: string): Promise<District> {
      authorize(actor, 'districts.manage');
      const [district] = await districtsRepository(db).findByCodes([code]);
      if (!district) throw new NotFoundError('There is no such district.');
      await inTransaction(db, async (trx) => {
        await districtsRepository(trx).rename(district.id, name);
        await audit.record(trx, actor, {
          action: 'district.update',
          resource: { type: 'district', id: district.id },
          districtId: district.id,
        });
      });
      return { ...district, name };
    },
  };
}

export type DistrictsService = ReturnType<typeof districtsService>;
