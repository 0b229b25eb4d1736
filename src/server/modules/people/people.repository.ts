import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Role, UserStatus } from '../../../shared/schemas/people.js';
import type { Scope } from '../../auth/permissions.js';
import { countMatching, textOrder } from '../../db/queries.js';
import type { Database } from '../../db/schema.js';
import type { UserTable } from './people.table.js';

export type UserRow = UserTable;

export interface RoleRow {
  id: string;
  role: Role;
  districtId: string | null;
  districtCode: string | null;
  districtName: string | null;
  networkGroupId: string | null;
  networkGroupName: string | null;
}

export interface UserFilter {
  q?: string | undefined;
  status?: UserStatus | undefined;
  organisationId?: string | undefined;
}

const noIds = ['00000000-0000-0000-0000-000000000000'];
const orNone = (ids: string[]) => (ids.length > 0 ? ids : noIds);

/**
 * The users a scope reaches: those who work in one of its districts — a role there, or in a
 * network group there — and those without any role yet whose organisation serves one of its
 * districts (just invited). Never an administrator: only administrators manage them.
 */
function userInScope(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'users'>) => {
    if (scope.everything) return eb.lit(true);
    const districtIds = orNone(scope.districtIds);
    const roles = () =>
      eb
        .selectFrom('role_assignments')
        .select('role_assignments.id')
        .whereRef('role_assignments.user_id', '=', 'users.id');
    return eb.and([
      eb.or([
        eb.exists(
          roles().where((inner) =>
            inner.or([
              inner('role_assignments.district_id', 'in', districtIds),
              inner(
                'role_assignments.network_group_id',
                'in',
                inner
                  .selectFrom('network_groups')
                  .select('network_groups.id')
                  .where('network_groups.district_id', 'in', districtIds),
              ),
            ]),
          ),
        ),
        eb.and([
          eb.not(eb.exists(roles())),
          eb(
            'users.organisation_id',
            'in',
            eb
              .selectFrom('organisation_districts')
              .select('organisation_districts.organisation_id')
              .where('organisation_districts.district_id', 'in', districtIds),
          ),
        ]),
      ]),
      eb.not(eb.exists(roles().where('role_assignments.role', '=', 'admin'))),
    ]);
  };
}

/** The network groups a scope reaches: those of its districts, and its own groups. */
function groupInScope(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'network_groups'>) =>
    scope.everything
      ? eb.lit(true)
      : eb.or([
          eb('network_groups.district_id', 'in', orNone(scope.districtIds)),
          eb('network_groups.id', 'in', orNone(scope.networkGroupIds)),
        ]);
}

export function peopleRepository(db: Kysely<Database>) {
  const roleRows = () =>
    db
      .selectFrom('role_assignments')
      .leftJoin('districts', 'districts.id', 'role_assignments.district_id')
      .leftJoin('network_groups', 'network_groups.id', 'role_assignments.network_group_id')
      .select([
        'role_assignments.id',
        'role_assignments.user_id as userId',
        'role_assignments.role',
        'role_assignments.district_id as districtId',
        'districts.code as districtCode',
        'districts.name as districtName',
        'role_assignments.network_group_id as networkGroupId',
        'network_groups.name as networkGroupName',
      ])
      .orderBy('role_assignments.created_at')
      .orderBy('role_assignments.id');

  function filteredUsers(scope: Scope, filter: UserFilter) {
    let query = db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
      .where(userInScope(scope));
    if (filter.status) query = query.where('users.status', '=', filter.status);
    if (filter.organisationId)
      query = query.where('users.organisation_id', '=', filter.organisationId);
    if (filter.q) {
      // Wildcards typed in the search only widen it, within the scope: no need to escape.
      const pattern = `%${filter.q.toLowerCase()}%`;
      query = query.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['users.display_name']), 'like', pattern),
          eb('users.email', 'like', pattern),
        ]),
      );
    }
    return query;
  }

  return {
    /** A page of the users in scope, by name. */
    async listUsers(scope: Scope, filter: UserFilter, page: { offset: number; limit: number }) {
      const [rows, total] = await Promise.all([
        filteredUsers(scope, filter)
          .selectAll('users')
          .select('organisations.name as organisation_name')
          .orderBy(textOrder(db, 'users.display_name'))
          .orderBy('users.id')
          .offset(page.offset)
          .limit(page.limit)
          .execute(),
        countMatching(filteredUsers(scope, filter)),
      ]);
      return { rows, total };
    },

    /** One user, if the scope reaches them. */
    findUserInScope(scope: Scope, id: string) {
      return filteredUsers(scope, {})
        .selectAll('users')
        .select('organisations.name as organisation_name')
        .where('users.id', '=', id)
        .executeTakeFirst();
    },

    /** The role assignments of several users at once, for a list. */
    rolesOfUsers(userIds: string[]): Promise<(RoleRow & { userId: string })[]> {
      if (userIds.length === 0) return Promise.resolve([]);
      return roleRows().where('role_assignments.user_id', 'in', userIds).execute();
    },

    findRole(id: string) {
      return db.selectFrom('role_assignments').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async deleteRole(id: string): Promise<void> {
      await db.deleteFrom('role_assignments').where('id', '=', id).execute();
    },

    async deleteRolesIn(userId: string, networkGroupId: string): Promise<number> {
      const result = await db
        .deleteFrom('role_assignments')
        .where('user_id', '=', userId)
        .where('network_group_id', '=', networkGroupId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** The network groups in scope, with counts, by district and name. */
    listNetworkGroups(scope: Scope, districtId?: string) {
      let query = db
        .selectFrom('network_groups')
        .innerJoin('districts', 'districts.id', 'network_groups.district_id')
        .where(groupInScope(scope));
      if (districtId) query = query.where('network_groups.district_id', '=', districtId);
      return query
        .select((eb) => [
          'network_groups.id',
          'network_groups.name',
          'districts.id as districtId',
          'districts.code as districtCode',
          'districts.name as districtName',
          eb
            .selectFrom('network_group_organisations')
            .whereRef('network_group_organisations.network_group_id', '=', 'network_groups.id')
            .select((inner) => inner.fn.countAll<number | string>().as('count'))
            .as('organisationCount'),
          eb
            .selectFrom('role_assignments')
            .whereRef('role_assignments.network_group_id', '=', 'network_groups.id')
            .select((inner) =>
              inner.fn.count<number | string>('role_assignments.user_id').distinct().as('count'),
            )
            .as('memberCount'),
        ])
        .orderBy(textOrder(db, 'districts.name'))
        .orderBy(textOrder(db, 'network_groups.name'))
        .execute();
    },

    findNetworkGroupInScope(scope: Scope, id: string) {
      return db
        .selectFrom('network_groups')
        .innerJoin('districts', 'districts.id', 'network_groups.district_id')
        .where(groupInScope(scope))
        .where('network_groups.id', '=', id)
        .select([
          'network_groups.id',
          'network_groups.name',
          'districts.id as districtId',
          'districts.code as districtCode',
          'districts.name as districtName',
        ])
        .executeTakeFirst();
    },

    organisationsOfGroup(groupId: string) {
      return db
        .selectFrom('network_group_organisations')
        .innerJoin(
          'organisations',
          'organisations.id',
          'network_group_organisations.organisation_id',
        )
        .where('network_group_organisations.network_group_id', '=', groupId)
        .select(['organisations.id', 'organisations.name', 'organisations.kind'])
        .orderBy(textOrder(db, 'organisations.name'))
        .execute();
    },

    membersOfGroup(groupId: string) {
      return db
        .selectFrom('role_assignments')
        .innerJoin('users', 'users.id', 'role_assignments.user_id')
        .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
        .where('role_assignments.network_group_id', '=', groupId)
        .select([
          'users.id as userId',
          'users.display_name as displayName',
          'users.status',
          'organisations.id as organisationId',
          'organisations.name as organisationName',
          'role_assignments.role',
        ])
        .orderBy(textOrder(db, 'users.display_name'))
        .execute();
    },

    /** People of the group's member organisations who could join it (not deactivated). */
    candidatesForGroup(groupId: string) {
      return db
        .selectFrom('users')
        .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
        .innerJoin(
          'network_group_organisations',
          'network_group_organisations.organisation_id',
          'users.organisation_id',
        )
        .where('network_group_organisations.network_group_id', '=', groupId)
        .where('users.status', '!=', 'deactivated')
        .select([
          'users.id as userId',
          'users.display_name as displayName',
          'organisations.id as organisationId',
          'organisations.name as organisationName',
        ])
        .orderBy(textOrder(db, 'users.display_name'))
        .limit(500)
        .execute();
    },

    async renameNetworkGroup(id: string, name: string): Promise<void> {
      await db.updateTable('network_groups').set({ name }).where('id', '=', id).execute();
    },

    async addOrganisationToGroup(groupId: string, organisationId: string): Promise<void> {
      await db
        .insertInto('network_group_organisations')
        .values({ network_group_id: groupId, organisation_id: organisationId })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    },

    async removeOrganisationFromGroup(groupId: string, organisationId: string): Promise<void> {
      await db
        .deleteFrom('network_group_organisations')
        .where('network_group_id', '=', groupId)
        .where('organisation_id', '=', organisationId)
        .execute();
    },

    findUserByEmail(email: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    },

    findUserByOidcIdentity(issuer: string, subject: string): Promise<UserRow | undefined> {
      return db
        .selectFrom('users')
        .selectAll()
        .where('oidc_issuer', '=', issuer)
        .where('oidc_subject', '=', subject)
        .executeTakeFirst();
    },

    findUserById(id: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async insertUser(user: UserRow): Promise<void> {
      await db.insertInto('users').values(user).execute();
    },

    async updateUser(id: string, changes: Partial<Omit<UserRow, 'id'>>): Promise<void> {
      await db.updateTable('users').set(changes).where('id', '=', id).execute();
    },

    /** Accepts the TOTP step only if it is newer than the last one: a code works once. */
    async advanceTotpStep(id: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** A user's roles, with the ids the permission model needs and the names people read. */
    rolesOf(userId: string): Promise<RoleRow[]> {
      return roleRows().where('role_assignments.user_id', '=', userId).execute();
    },

    async insertRole(assignment: {
      id: string;
      userId: string;
      role: Role;
      districtId: string | null;
      networkGroupId: string | null;
      createdAt: string;
    }): Promise<void> {
      await db
        .insertInto('role_assignments')
        .values({
          id: assignment.id,
          user_id: assignment.userId,
          role: assignment.role,
          district_id: assignment.districtId,
          network_group_id: assignment.networkGroupId,
          created_at: assignment.createdAt,
        })
        .execute();
    },

    async insertNetworkGroup(group: {
      id: string;
      districtId: string;
      name: string;
      organisationIds: string[];
      createdAt: string;
    }): Promise<void> {
      await db
        .insertInto('network_groups')
        .values({
          id: group.id,
          district_id: group.districtId,
          name: group.name,
          created_at: group.createdAt,
        })
        .execute();
      if (group.organisationIds.length > 0) {
        await db
          .insertInto('network_group_organisations')
          .values(
            group.organisationIds.map((organisationId) => ({
              network_group_id: group.id,
              organisation_id: organisationId,
            })),
          )
          .execute();
      }
    },

    findNetworkGroup(districtId: string, name: string) {
      return db
        .selectFrom('network_groups')
        .select(['id', 'name', 'district_id'])
        .where('district_id', '=', districtId)
        .where('name', '=', name)
        .executeTakeFirst();
    },
  };
}
