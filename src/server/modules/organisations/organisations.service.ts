import type { Kysely } from 'kysely';
import type {
  Organisation,
  OrganisationKind,
  OrganisationPage,
  OrganisationQuery,
} from '../../../shared/schemas/organisation.js';
import { newId, nowIso } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { InvalidInputError } from '../../errors.js';
import { districtsService } from '../districts/districts.service.js';
import { organisationsRepository } from './organisations.repository.js';

export function organisationsService(db: Kysely<Database>) {
  return {
    count: (): Promise<number> => organisationsRepository(db).count(),

    findById: (id: string) => organisationsRepository(db).findById(id),

    async list(query: OrganisationQuery): Promise<OrganisationPage> {
      const { items, total } = await organisationsRepository(db).list({
        districtCode: query.district,
        kind: query.kind,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    /** Creates an organisation serving the given districts (by code), all or nothing. */
    create(input: {
      name: string;
      kind: OrganisationKind;
      districtCodes: string[];
    }): Promise<Organisation> {
      return inTransaction(db, async (trx) => {
        const districts = await districtsService(trx).findByCodes(input.districtCodes);
        const missing = input.districtCodes.filter(
          (code) => !districts.some((district) => district.code === code),
        );
        if (missing.length > 0) {
          throw new InvalidInputError('Unknown district.', [
            { location: 'body', path: 'districtCodes', message: `unknown: ${missing.join(', ')}` },
          ]);
        }
        const organisation = { id: newId(), name: input.name, kind: input.kind };
        await organisationsRepository(trx).insert(
          { ...organisation, createdAt: nowIso() },
          districts.map((district) => district.id),
        );
        return { ...organisation, districts };
      });
    },
  };
}

export type OrganisationsService = ReturnType<typeof organisationsService>;
