import type { Kysely } from 'kysely';
import type {
  NetworkGroup,
  NetworkGroupCandidate,
  NetworkGroupDetail,
} from '../../../shared/schemas/people.js';
import type { AuditService } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/auth.service.js';
import { type Action, authorize, can, scopeOf } from '../../auth/permissions.js';
import { newId, nowIso } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../errors.js';
import { districtsService } from '../districts/districts.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { peopleRepository } from './people.repository.js';

const groupResource = (id: string) => ({ type: 'network-group', id });

/**
 * Network groups (netwerkgroepen) and who takes part: administrators everywhere, coordinators
 * in their district; directors choose their own group's member organisations and people.
 */
export function networkGroupsService(db: Kysely<Database>, audit: AuditService) {
  const repository = peopleRepository(db);

  /** The group, if the action reaches it; 404 otherwise. */
  async function reachable(actor: Actor, action: Action, groupId: string) {
    authorize(actor, action);
    const group = await repository.findNetworkGroupInScope(
      scopeOf(actor.principal, action),
      groupId,
    );
    if (!group)
      throw new NotFoundError('There is no such network group, or it is not yours to manage.');
    return group;
  }

  /** A change to a group and its audit entry, all or nothing. */
  function change(
    actor: Actor,
    group: { id: string; districtId: string },
    action: string,
    work: (trx: Kysely<Database>) => Promise<void>,
  ) {
    return inTransaction(db, async (trx) => {
      await work(trx);
      await audit.record(trx, actor, {
        action,
        resource: groupResource(group.id),
        districtId: group.districtId,
      });
    });
  }

  return {
    async list(actor: Actor, districtCode?: string): Promise<NetworkGroup[]> {
      authorize(actor, 'network-group-members.manage');
      const district = districtCode
        ? (await districtsService(db).findByCodes([districtCode]))[0]
        : undefined;
      if (districtCode && !district) return [];
      const rows = await repository.listNetworkGroups(
        scopeOf(actor.principal, 'network-group-members.manage'),
        district?.id,
      );
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        district: { id: row.districtId, code: row.districtCode, name: row.districtName },
        organisationCount: Number(row.organisationCount ?? 0),
        memberCount: Number(row.memberCount ?? 0),
      }));
    },

    /** Its organisations and people: a read of names, so audited. */
    async get(actor: Actor, groupId: string): Promise<NetworkGroupDetail> {
      const group = await reachable(actor, 'network-group-members.manage', groupId);
      const [organisations, members] = await Promise.all([
        repository.organisationsOfGroup(group.id),
        repository.membersOfGroup(group.id),
      ]);
      await audit.recordNow(actor, {
        action: 'network-group.read',
        resource: groupResource(group.id),
        districtId: group.districtId,
      });
      return {
        id: group.id,
        name: group.name,
        district: { id: group.districtId, code: group.districtCode, name: group.districtName },
        organisations,
        members: members.map((member) => ({
          userId: member.userId,
          displayName: member.displayName,
          organisation: { id: member.organisationId, name: member.organisationName },
          role: member.role === 'director' ? 'director' : 'member',
        })),
      };
    },

    /** People who could join: those of the member organisations. A read of names: audited. */
    async candidates(actor: Actor, groupId: string): Promise<NetworkGroupCandidate[]> {
      const group = await reachable(actor, 'network-group-members.manage', groupId);
      const people = await repository.candidatesForGroup(group.id);
      await audit.recordNow(actor, {
        action: 'network-group.candidates.read',
        resource: groupResource(group.id),
        districtId: group.districtId,
      });
      return people.map((person) => ({
        userId: person.userId,
        displayName: person.displayName,
        organisation: { id: person.organisationId, name: person.organisationName },
      }));
    },

    async create(
      actor: Actor,
      input: { districtCode: string; name: string; organisationIds: string[] },
    ): Promise<{ id: string }> {
      authorize(actor, 'network-groups.manage');
      const [district] = await districtsService(db).findByCodes([input.districtCode]);
      if (!district) {
        throw new InvalidInputError('Unknown district.', [
          { location: 'body', path: 'districtCode', message: 'does not exist' },
        ]);
      }
      if (!can(actor.principal, 'network-groups.manage', { districtIds: [district.id] })) {
        throw new ForbiddenError('You can only create network groups in your own district.');
      }
      for (const organisationId of input.organisationIds) {
        await assertServes(organisationId, district.id);
      }
      const group = { id: newId(), districtId: district.id };
      await change(actor, group, 'network-group.create', (trx) =>
        peopleRepository(trx).insertNetworkGroup({
          id: group.id,
          districtId: district.id,
          name: input.name,
          organisationIds: [...new Set(input.organisationIds)],
          createdAt: nowIso(),
        }),
      );
      return { id: group.id };
    },

    async rename(actor: Actor, groupId: string, name: string): Promise<void> {
      const group = await reachable(actor, 'network-groups.manage', groupId);
      await change(actor, group, 'network-group.update', (trx) =>
        peopleRepository(trx).renameNetworkGroup(group.id, name),
      );
    },

    async addOrganisation(actor: Actor, groupId: string, organisationId: string): Promise<void> {
      const group = await reachable(actor, 'network-group-members.manage', groupId);
      await assertServes(organisationId, group.districtId, 'params');
      await change(actor, group, 'network-group.organisation.add', (trx) =>
        peopleRepository(trx).addOrganisationToGroup(group.id, organisationId),
      );
    },

    /** Refused while people of that organisation still take part: remove them first. */
    async removeOrganisation(actor: Actor, groupId: string, organisationId: string): Promise<void> {
      const group = await reachable(actor, 'network-group-members.manage', groupId);
      const members = await repository.membersOfGroup(group.id);
      if (members.some((member) => member.organisationId === organisationId)) {
        throw new ConflictError(
          'People of this organisation still take part in the group: remove them first.',
        );
      }
      await change(actor, group, 'network-group.organisation.remove', (trx) =>
        peopleRepository(trx).removeOrganisationFromGroup(group.id, organisationId),
      );
    },

    /**
     * A person of a member organisation joins as member or director. Directors add members;
     * appointing a director is for coordinators and administrators.
     */
    async addMember(
      actor: Actor,
      groupId: string,
      input: { userId: string; role: 'director' | 'member' },
    ): Promise<void> {
      const group = await reachable(actor, 'network-group-members.manage', groupId);
      if (
        input.role === 'director' &&
        !can(actor.principal, 'network-groups.manage', { districtIds: [group.districtId] })
      ) {
        throw new ForbiddenError('Only a coordinator or administrator appoints a director.');
      }
      const user = await repository.findUserById(input.userId);
      const organisations = await repository.organisationsOfGroup(group.id);
      if (
        !user ||
        user.status === 'deactivated' ||
        !organisations.some((organisation) => organisation.id === user.organisation_id)
      ) {
        throw new InvalidInputError('This person cannot join the group.', [
          {
            location: 'body',
            path: 'userId',
            message: 'must be an active person of one of the group’s organisations',
          },
        ]);
      }
      const roles = await repository.rolesOf(user.id);
      if (roles.some((role) => role.networkGroupId === group.id && role.role === input.role))
        return;
      await change(actor, group, 'network-group.member.add', (trx) =>
        peopleRepository(trx).insertRole({
          id: newId(),
          userId: user.id,
          role: input.role,
          districtId: null,
          networkGroupId: group.id,
          createdAt: nowIso(),
        }),
      );
    },

    async removeMember(actor: Actor, groupId: string, userId: string): Promise<void> {
      const group = await reachable(actor, 'network-group-members.manage', groupId);
      const members = await repository.membersOfGroup(group.id);
      const roles = members.filter((member) => member.userId === userId);
      if (roles.length === 0)
        throw new NotFoundError('This person does not take part in the group.');
      const directorRole = roles.some((member) => member.role === 'director');
      if (
        directorRole &&
        !can(actor.principal, 'network-groups.manage', { districtIds: [group.districtId] })
      ) {
        throw new ForbiddenError('Only a coordinator or administrator removes a director.');
      }
      await change(actor, group, 'network-group.member.remove', async (trx) => {
        await peopleRepository(trx).deleteRolesIn(userId, group.id);
      });
    },
  };

  async function assertServes(
    organisationId: string,
    districtId: string,
    location: 'body' | 'params' = 'body',
  ): Promise<void> {
    const districtIds = await organisationsService(db).districtIdsOf(organisationId);
    if (!districtIds?.includes(districtId)) {
      throw new InvalidInputError('This organisation does not work in the group’s district.', [
        { location, path: 'organisationId', message: 'unknown or not in this district' },
      ]);
    }
  }
}

export type NetworkGroupsService = ReturnType<typeof networkGroupsService>;
