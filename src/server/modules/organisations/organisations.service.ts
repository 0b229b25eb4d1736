import type { Kysely } from 'kysely';
import type {
  Organisation,
  OrganisationPage,
  OrganisationQuery,
  OrganisationWrite,
} from '../../../shared/schemas/organisation.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/auth.service.js';
import { authorize, can } from '../../auth/permissions.js';
import { newId, nowIso } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors.js';
import { followOrganisationChange, reindexDirectoryEntry } from '../directory/directory.service.js';
import { districtsService } from '../districts/districts.service.js';
import { organisationsRepository } from './organisations.repository.js';

export function organisationsService(db: Kysely<Database>) {
  return {
    count: (): Promise<number> => organisationsRepository(db).count(),

    findById: (id: string) => organisationsRepository(db).findById(id),

    /** The districts an organisation serves; undefined when there is no such organisation. */
    districtIdsOf: (id: string) => organisationsRepository(db).districtIdsOf(id),

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
    create(input: OrganisationWrite): Promise<Organisation> {
      return inTransaction(db, async (trx) => {
        const districts = await districtsByCodes(trx, input.districtCodes);
        const organisation = { id: newId(), name: input.name, kind: input.kind };
        await organisationsRepository(trx).insert(
          { ...organisation, createdAt: nowIso() },
          districts.map((district) => district.id),
        );
        await reindexDirectoryEntry(trx, organisation.id);
        return { ...organisation, districts };
      });
    },
  };
}

async function districtsByCodes(db: Kysely<Database>, codes: string[]) {
  const districts = await districtsService(db).findByCodes(codes);
  const missing = codes.filter((code) => !districts.some((district) => district.code === code));
  if (missing.length > 0) {
    throw new InvalidInputError('Unknown district.', [
      { location: 'body', path: 'districtCodes', message: `unknown: ${missing.join(', ')}` },
    ]);
  }
  return districts;
}

/**
 * Organisations as administrators (everywhere) and coordinators (their districts) keep them.
 * A coordinator may add or remove only their own districts; another district's link stays.
 */
export function organisationsAdminService(db: Kysely<Database>, audit: AuditService) {
  async function assertMayChangeDistricts(actor: Actor, before: string[], after: string[]) {
    const changed = [
      ...before.filter((id) => !after.includes(id)),
      ...after.filter((id) => !before.includes(id)),
    ];
    if (
      !changed.every((id) => can(actor.principal, 'organisations.manage', { districtIds: [id] }))
    ) {
      throw new ForbiddenError('You can only add or remove your own district.');
    }
  }

  return {
    async create(actor: Actor, input: OrganisationWrite): Promise<Organisation> {
      authorize(actor, 'organisations.manage');
      const districts = await districtsByCodes(db, input.districtCodes);
      await assertMayChangeDistricts(
        actor,
        [],
        districts.map((district) => district.id),
      );
      return inTransaction(db, async (trx) => {
        const organisation = await organisationsService(trx).create(input);
        await audit.record(trx, actor, {
          action: 'organisation.create',
          resource: { type: 'organisation', id: organisation.id },
        });
        return organisation;
      });
    },

    async update(actor: Actor, id: string, input: OrganisationWrite): Promise<Organisation> {
      authorize(actor, 'organisations.manage');
      const before = await organisationsRepository(db).districtIdsOf(id);
      if (
        before === undefined ||
        !can(actor.principal, 'organisations.manage', { districtIds: before })
      ) {
        throw new NotFoundError('There is no such organisation, or it is not yours to manage.');
      }
      const districts = await districtsByCodes(db, input.districtCodes);
      await assertMayChangeDistricts(
        actor,
        before,
        districts.map((district) => district.id),
      );
      await inTransaction(db, async (trx) => {
        await organisationsRepository(trx).update(
          id,
          { name: input.name, kind: input.kind, updatedAt: nowIso() },
          districts.map((district) => district.id),
        );
        await followOrganisationChange(trx, id);
        await audit.record(trx, actor, {
          action: 'organisation.update',
          resource: { type: 'organisation', id },
        });
      });
      return { id, name: input.name, kind: input.kind, districts };
    },
  };
}

export type OrganisationsService = ReturnType<typeof organisationsService>;
