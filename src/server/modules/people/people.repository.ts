import type { Kysely } from 'kysely';
import type { Role, RoleAssignment } from '../../../shared/schemas/people.js';
import type { Database } from '../../db/schema.js';
import type { UserTable } from './people.table.js';

export type UserRow = UserTable;

export function peopleRepository(db: Kysely<Database>) {
  return {
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

    async rolesOf(userId: string): Promise<RoleAssignment[]> {
      const rows = await db
        .selectFrom('role_assignments')
        .leftJoin('districts', 'districts.id', 'role_assignments.district_id')
        .leftJoin('network_groups', 'network_groups.id', 'role_assignments.network_group_id')
        .select([
          'role_assignments.role',
          'districts.code as districtCode',
          'districts.name as districtName',
          'network_groups.id as groupId',
          'network_groups.name as groupName',
        ])
        .where('role_assignments.user_id', '=', userId)
        .orderBy('role_assignments.created_at')
        .execute();
      return rows.map((row) => ({
        role: row.role,
        district:
          row.districtCode && row.districtName
            ? { code: row.districtCode, name: row.districtName }
            : null,
        networkGroup:
          row.groupId && row.groupName ? { id: row.groupId, name: row.groupName } : null,
      }));
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
