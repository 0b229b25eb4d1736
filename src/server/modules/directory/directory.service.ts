import type { Kysely } from 'kysely';
import type {
  DirectoryEntry,
  DirectoryProfile,
  DirectoryProfileWrite,
  DirectorySearchPage,
  DirectorySearchQuery,
  DirectoryService,
  DirectoryServiceWrite,
} from '../../../shared/schemas/directory.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Actor, Clock } from '../../auth/auth.service.js';
import { authorize } from '../../auth/permissions.js';
import { newId } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import { districtsService } from '../districts/districts.service.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { directoryRepository } from './directory.repository.js';

/**
 * Rebuilds an organisation's search document; the organisations module calls it in the
 * transaction that creates or renames one.
 */
export const reindexDirectoryEntry = (db: Kysely<Database>, organisationId: string) =>
  directoryRepository(db).reindex(organisationId);

/** Builds missing or outdated search documents (at start-up). */
export const indexMissingDirectoryEntries = (db: Kysely<Database>) =>
  directoryRepository(db).indexMissing();

const notFound = () =>
  new NotFoundError('There is no such directory entry, or it is not yours to edit.');

/**
 * The partner directory: everyone signed in reads and searches it; an organisation's own
 * people, the coordinators of its districts and administrators keep its entry current.
 * Every change is audited in its transaction and rebuilds the organisation's search document.
 */
export function directoryService(db: Kysely<Database>, audit: AuditService, clock: Clock) {
  const repository = directoryRepository(db);

  /** 403 when the role can never edit; 404 for an unknown organisation or one out of reach. */
  async function assertMayEdit(actor: Actor, organisationId: string) {
    authorize(actor, 'directory.edit');
    const districtIds = await organisationsRepository(db).districtIdsOf(organisationId);
    if (districtIds === undefined) throw notFound();
    authorize(actor, 'directory.edit', { districtIds, organisationId });
  }

  async function districtIdsOf(codes: readonly string[]): Promise<string[]> {
    const districts = await districtsService(db).findByCodes([...codes]);
    const missing = codes.filter((code) => !districts.some((district) => district.code === code));
    if (missing.length > 0) {
      throw new InvalidInputError('Unknown district.', [
        { location: 'body', path: 'districtCodes', message: `unknown: ${missing.join(', ')}` },
      ]);
    }
    return districts.map((district) => district.id);
  }

  const now = () => clock().toISOString();

  return {
    async entry(id: string): Promise<DirectoryEntry> {
      const organisation = await repository.findOrganisation(id);
      if (!organisation) throw notFound();
      const [districts, profile, services] = await Promise.all([
        repository.organisationDistricts(id),
        repository.profileOf(id),
        repository.servicesOf(id),
      ]);
      return { ...organisation, districts, profile, services };
    },

    async search(query: DirectorySearchQuery): Promise<DirectorySearchPage> {
      const result = await repository.search({
        q: query.q,
        districtCode: query.district,
        kind: query.kind,
        category: query.category,
        targetGroup: query.targetGroup,
        language: query.language,
        access: query.access,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return { ...result, page: query.page, pageSize: query.pageSize };
    },

    async updateProfile(
      actor: Actor,
      organisationId: string,
      input: DirectoryProfileWrite,
    ): Promise<DirectoryProfile> {
      await assertMayEdit(actor, organisationId);
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx);
        await repo.upsertProfile(organisationId, input, now());
        await repo.reindex(organisationId);
        await audit.record(trx, actor, {
          action: 'directory.profile.update',
          resource: { type: 'organisation', id: organisationId },
        });
        return repo.profileOf(organisationId);
      });
    },

    async markVerified(actor: Actor, organisationId: string): Promise<DirectoryProfile> {
      await assertMayEdit(actor, organisationId);
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx);
        await repo.markVerified(organisationId, now());
        await audit.record(trx, actor, {
          action: 'directory.verify',
          resource: { type: 'organisation', id: organisationId },
        });
        return repo.profileOf(organisationId);
      });
    },

    async addService(
      actor: Actor,
      organisationId: string,
      input: DirectoryServiceWrite,
    ): Promise<DirectoryService> {
      await assertMayEdit(actor, organisationId);
      const districtIds = await districtIdsOf(input.districtCodes);
      const id = newId();
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx);
        await repo.saveService({ id, organisationId, at: now(), isNew: true }, input, districtIds);
        await repo.reindex(organisationId);
        await audit.record(trx, actor, {
          action: 'directory.service.create',
          resource: { type: 'directory-service', id },
        });
        return (await repo.findService(id)) as DirectoryService;
      });
    },

    async updateService(
      actor: Actor,
      id: string,
      input: DirectoryServiceWrite,
    ): Promise<DirectoryService> {
      authorize(actor, 'directory.edit');
      const organisationId = await repository.organisationOfService(id);
      if (organisationId === undefined) throw notFound();
      await assertMayEdit(actor, organisationId);
      const districtIds = await districtIdsOf(input.districtCodes);
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx);
        await repo.saveService({ id, organisationId, at: now(), isNew: false }, input, districtIds);
        await repo.reindex(organisationId);
        await audit.record(trx, actor, {
          action: 'directory.service.update',
          resource: { type: 'directory-service', id },
        });
        return (await repo.findService(id)) as DirectoryService;
      });
    },

    async deleteService(actor: Actor, id: string): Promise<void> {
      authorize(actor, 'directory.edit');
      const organisationId = await repository.organisationOfService(id);
      if (organisationId === undefined) throw notFound();
      await assertMayEdit(actor, organisationId);
      await inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx);
        await repo.deleteService(id);
        await repo.reindex(organisationId);
        await audit.record(trx, actor, {
          action: 'directory.service.delete',
          resource: { type: 'directory-service', id },
        });
      });
    },
  };
}

export type DirectoryServiceApi = ReturnType<typeof directoryService>;
