import type { Kysely } from 'kysely';
import { reachOf } from '../../../shared/permissions.js';
import {
  type DirectoryContact,
  type DirectoryContactWrite,
  type DirectoryEntry,
  type DirectoryHistoryPage,
  type DirectoryHistoryQuery,
  type DirectoryLocation,
  type DirectoryLocationWrite,
  type DirectoryProfile,
  type DirectoryProfileWrite,
  type DirectorySearchPage,
  type DirectorySearchQuery,
  type DirectoryService,
  type DirectoryServiceWrite,
  type DirectoryWhoIsWho,
  directoryChangeActions,
} from '../../../shared/schemas/directory.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Actor, Clock } from '../../auth/auth.service.js';
import { authorize, type Principal } from '../../auth/permissions.js';
import { newId } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors.js';
import { districtsService } from '../districts/districts.service.js';
import { organisationsRepository } from '../organisations/organisations.repository.js';
import { directoryRepository, whoIsWhoOfDistrict } from './directory.repository.js';

/**
 * Rebuilds an organisation's search document; the organisations module calls it in the
 * transaction that creates or renames one.
 */
export const reindexDirectoryEntry = (db: Kysely<Database>, organisationId: string) =>
  directoryRepository(db).reindex(organisationId);

/**
 * The directory follows a change of an organisation's districts (in that change's transaction):
 * its services keep only the districts it still serves, and its search document is rebuilt.
 */
export async function followOrganisationChange(db: Kysely<Database>, organisationId: string) {
  const repository = directoryRepository(db);
  await repository.dropServiceDistrictsOutside(organisationId);
  await repository.reindex(organisationId);
}

/** Builds missing or outdated search documents (at start-up). */
export const indexMissingDirectoryEntries = (db: Kysely<Database>) =>
  directoryRepository(db).indexMissing();

const notFound = () =>
  new NotFoundError('There is no such directory entry, or it is not yours to edit.');

/**
 * The organisation's own editors: its members and directors (the `own-organisation` reach of
 * `directory.edit`). Not administrators or coordinators: a confidential location (a shelter's
 * address) is shown to and kept by these people only.
 */
export const isOwnEditor = (principal: Principal, organisationId: string) =>
  principal.organisationId === organisationId &&
  principal.scopedRoles.some(
    (assignment) => reachOf(assignment.role, 'directory.edit') === 'own-organisation',
  );

type ChangeAction = (typeof directoryChangeActions)[number];

/**
 * The partner directory: everyone signed in reads and searches it; an organisation's own
 * people, the coordinators of its districts and administrators keep its entry current.
 * Every change is audited in its transaction and rebuilds the organisation's search document.
 */
export function directoryService(db: Kysely<Database>, audit: AuditService, clock: Clock) {
  const repository = directoryRepository(db, clock);

  /** 403 when the role can never edit; 404 for an unknown organisation or one out of reach. */
  async function assertMayEdit(actor: Actor, organisationId: string) {
    authorize(actor, 'directory.edit');
    const districtIds = await organisationsRepository(db).districtIdsOf(organisationId);
    if (districtIds === undefined) throw notFound();
    authorize(actor, 'directory.edit', { districtIds, organisationId });
  }

  /**
   * The districts a service names: each must exist and be one its organisation serves (a
   * service elsewhere would escape that district's coordinator and show up in its search).
   */
  async function serviceDistrictIds(
    organisationId: string,
    codes: readonly string[],
  ): Promise<string[]> {
    const districts = await districtsService(db).findByCodes([...codes]);
    const served = (await organisationsRepository(db).districtIdsOf(organisationId)) ?? [];
    const missing = codes.filter((code) => !districts.some((district) => district.code === code));
    const outside = districts.filter((district) => !served.includes(district.id));
    const problems = [
      ...(missing.length > 0 ? [`unknown: ${missing.join(', ')}`] : []),
      ...(outside.length > 0
        ? [`not served by this organisation: ${outside.map((d) => d.code).join(', ')}`]
        : []),
    ];
    if (problems.length > 0) {
      throw new InvalidInputError('Unknown district, or one the organisation does not serve.', [
        { location: 'body', path: 'districtCodes', message: problems.join('; ') },
      ]);
    }
    return districts.map((district) => district.id);
  }

  const now = () => clock().toISOString();

  /** Records a change of the entry in the change's transaction (see directoryChangeActions). */
  const recordChange = (
    trx: Kysely<Database>,
    actor: Actor,
    action: ChangeAction,
    organisationId: string,
  ) => audit.record(trx, actor, { action, resource: { type: 'organisation', id: organisationId } });

  /**
   * The location, when the actor may edit it: 404 when it does not exist, lies out of reach,
   * or is confidential and the actor is not one of the organisation's own editors.
   */
  async function editableLocation(actor: Actor, id: string): Promise<DirectoryLocation> {
    authorize(actor, 'directory.edit');
    const location = await repository.findLocation(id);
    if (!location) throw notFound();
    if (location.confidential && !isOwnEditor(actor.principal, location.organisationId)) {
      throw notFound();
    }
    await assertMayEdit(actor, location.organisationId);
    return location;
  }

  /** Only the organisation's own editors may make a location confidential. */
  function assertMayWriteConfidential(
    actor: Actor,
    organisationId: string,
    input: DirectoryLocationWrite,
  ) {
    if (input.confidential && !isOwnEditor(actor.principal, organisationId)) {
      throw new ForbiddenError(
        "Only the organisation's own people can keep a confidential address.",
      );
    }
  }

  async function editableContact(actor: Actor, id: string): Promise<DirectoryContact> {
    authorize(actor, 'directory.edit');
    const contact = await repository.findContact(id);
    if (!contact) throw notFound();
    await assertMayEdit(actor, contact.organisationId);
    return contact;
  }

  return {
    /**
     * An organisation's entry. Confidential locations only for its own editors. Warm-line
     * contacts are named professionals (personal data): an entry that lists any is an audited
     * read, answered once the audit entry is committed. The directory is for signed-in people
     * only; a future public page must leave contacts and confidential locations out.
     */
    async entry(actor: Actor, id: string): Promise<DirectoryEntry> {
      const organisation = await repository.findOrganisation(id);
      if (!organisation) throw notFound();
      const withConfidential = isOwnEditor(actor.principal, id);
      const [districts, profile, services, locations, contacts] = await Promise.all([
        repository.organisationDistricts(id),
        repository.profileOf(id),
        repository.servicesOf(id),
        repository.locationsOf(id, { withConfidential }),
        repository.contactsOf(id),
      ]);
      if (contacts.length > 0) {
        await audit.recordNow(actor, {
          action: 'directory.entry.read',
          resource: { type: 'organisation', id },
        });
      }
      return { ...organisation, districts, profile, services, locations, contacts };
    },

    /** Who changed the entry, and when: for those who may edit it. */
    async history(
      actor: Actor,
      organisationId: string,
      query: DirectoryHistoryQuery,
    ): Promise<DirectoryHistoryPage> {
      await assertMayEdit(actor, organisationId);
      // It names the people who made the changes: a read worth recording.
      await audit.recordNow(actor, {
        action: 'directory.history.read',
        resource: { type: 'organisation', id: organisationId },
      });
      return audit.history(
        { type: 'organisation', id: organisationId },
        directoryChangeActions,
        query,
      );
    },

    async addLocation(
      actor: Actor,
      organisationId: string,
      input: DirectoryLocationWrite,
    ): Promise<DirectoryLocation> {
      await assertMayEdit(actor, organisationId);
      assertMayWriteConfidential(actor, organisationId, input);
      const id = newId();
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx, clock);
        await repo.saveLocation({ id, organisationId, at: now(), isNew: true }, input);
        await recordChange(trx, actor, 'directory.location.create', organisationId);
        return (await repo.findLocation(id)) as DirectoryLocation;
      });
    },

    async updateLocation(
      actor: Actor,
      id: string,
      input: DirectoryLocationWrite,
    ): Promise<DirectoryLocation> {
      const { organisationId } = await editableLocation(actor, id);
      assertMayWriteConfidential(actor, organisationId, input);
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx, clock);
        await repo.saveLocation({ id, organisationId, at: now(), isNew: false }, input);
        await recordChange(trx, actor, 'directory.location.update', organisationId);
        return (await repo.findLocation(id)) as DirectoryLocation;
      });
    },

    async deleteLocation(actor: Actor, id: string): Promise<void> {
      const { organisationId } = await editableLocation(actor, id);
      await inTransaction(db, async (trx) => {
        await directoryRepository(trx, clock).deleteLocation(id);
        await recordChange(trx, actor, 'directory.location.delete', organisationId);
      });
    },

    async addContact(
      actor: Actor,
      organisationId: string,
      input: DirectoryContactWrite,
    ): Promise<DirectoryContact> {
      await assertMayEdit(actor, organisationId);
      const id = newId();
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx, clock);
        await repo.saveContact({ id, organisationId, at: now(), isNew: true }, input);
        await recordChange(trx, actor, 'directory.contact.create', organisationId);
        return (await repo.findContact(id)) as DirectoryContact;
      });
    },

    async updateContact(
      actor: Actor,
      id: string,
      input: DirectoryContactWrite,
    ): Promise<DirectoryContact> {
      const { organisationId } = await editableContact(actor, id);
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx, clock);
        await repo.saveContact({ id, organisationId, at: now(), isNew: false }, input);
        await recordChange(trx, actor, 'directory.contact.update', organisationId);
        return (await repo.findContact(id)) as DirectoryContact;
      });
    },

    async deleteContact(actor: Actor, id: string): Promise<void> {
      const { organisationId } = await editableContact(actor, id);
      await inTransaction(db, async (trx) => {
        await directoryRepository(trx, clock).deleteContact(id);
        await recordChange(trx, actor, 'directory.contact.delete', organisationId);
      });
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
        const repo = directoryRepository(trx, clock);
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
        const repo = directoryRepository(trx, clock);
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
      const districtIds = await serviceDistrictIds(organisationId, input.districtCodes);
      const id = newId();
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx, clock);
        await repo.saveService({ id, organisationId, at: now(), isNew: true }, input, districtIds);
        await repo.reindex(organisationId);
        await audit.record(trx, actor, {
          action: 'directory.service.create',
          resource: { type: 'organisation', id: organisationId },
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
      const districtIds = await serviceDistrictIds(organisationId, input.districtCodes);
      return inTransaction(db, async (trx) => {
        const repo = directoryRepository(trx, clock);
        await repo.saveService({ id, organisationId, at: now(), isNew: false }, input, districtIds);
        await repo.reindex(organisationId);
        await audit.record(trx, actor, {
          action: 'directory.service.update',
          resource: { type: 'organisation', id: organisationId },
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
        const repo = directoryRepository(trx, clock);
        await repo.deleteService(id);
        await repo.reindex(organisationId);
        await audit.record(trx, actor, {
          action: 'directory.service.delete',
          resource: { type: 'organisation', id: organisationId },
        });
      });
    },

    /** A district's who-is-who, for print: see whoIsWho below. */
    whoIsWho: (actor: Actor, districtCode: string) => whoIsWho(db, audit, actor, districtCode),
  };
}

export type DirectoryServiceApi = ReturnType<typeof directoryService>;

/**
 * A district's who-is-who overview, for everyone signed in: the active partners serving the
 * district, informal first, each with its role, contact details, services in the district,
 * public locations (never a confidential one, not even for the organisation's own people: the
 * overview is made to be printed and handed round) and warm-line contacts. As with an entry,
 * contacts are named professionals: every organisation whose contacts it shows gets an audited
 * read, committed before the answer.
 */
async function whoIsWho(
  db: Kysely<Database>,
  audit: AuditService,
  actor: Actor,
  districtCode: string,
): Promise<DirectoryWhoIsWho> {
  const [district] = await districtsService(db).findByCodes([districtCode]);
  if (!district) throw new NotFoundError('There is no such district.');
  const organisations = await whoIsWhoOfDistrict(db, district.id);
  await Promise.all(
    organisations
      .filter((organisation) => organisation.contacts.length > 0)
      .map((organisation) =>
        audit.recordNow(actor, {
          action: 'directory.who-is-who.read',
          resource: { type: 'organisation', id: organisation.id },
          districtId: district.id,
        }),
      ),
  );
  return { district: { id: district.id, code: district.code, name: district.name }, organisations };
}
