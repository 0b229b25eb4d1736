import type { Kysely } from 'kysely';
import type { Role, RoleAssignment, UserStatus } from '../../../shared/schemas/people.js';
import type { Principal, Scope } from '../../auth/permissions.js';
import { newId, nowIso } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { InvalidInputError } from '../../errors.js';
import { districtsService } from '../districts/districts.service.js';
import { peopleRepository, type RoleRow, type UserRow } from './people.repository.js';

export function displayRole(row: RoleRow): RoleAssignment {
  return {
    id: row.id,
    role: row.role,
    district:
      row.districtCode && row.districtName
        ? { code: row.districtCode, name: row.districtName }
        : null,
    networkGroup:
      row.networkGroupId && row.networkGroupName
        ? { id: row.networkGroupId, name: row.networkGroupName }
        : null,
  };
}

export function principalOf(user: UserRow, rows: RoleRow[]): Principal {
  return {
    userId: user.id,
    organisationId: user.organisation_id,
    scopedRoles: rows.map((row) => ({
      role: row.role,
      districtId: row.districtId,
      networkGroupId: row.networkGroupId,
    })),
  };
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export function peopleService(db: Kysely<Database>) {
  const repository = peopleRepository(db);

  async function districtIdOf(code: string): Promise<string> {
    const [district] = await districtsService(db).findByCodes([code]);
    if (!district) {
      throw new InvalidInputError('Unknown district.', [
        { location: 'body', path: 'district', message: `unknown: ${code}` },
      ]);
    }
    return district.id;
  }

  return {
    findUserByEmail: (email: string) => repository.findUserByEmail(normaliseEmail(email)),
    findUserById: (id: string) => repository.findUserById(id),
    /** A network group with its district, if the scope reaches it. */
    networkGroupInScope: (scope: Scope, id: string) =>
      repository.findNetworkGroupInScope(scope, id),
    /**
     * Who sits at a network group's table: its organisations and its people, for choosing who
     * owns an action of one of its cases (the caller has checked that they may see the group).
     */
    async tableOf(groupId: string) {
      const [organisations, members] = await Promise.all([
        repository.organisationsOfGroup(groupId),
        repository.membersOfGroup(groupId),
      ]);
      // Once each (a director may be a member too), and only those who can still sign in.
      const people = new Map(
        members
          .filter((member) => member.status === 'active')
          .map(({ userId, displayName, organisationId }) => [
            userId,
            { userId, displayName, organisationId },
          ]),
      );
      return {
        organisations: organisations.map(({ id, name }) => ({ id, name })),
        members: [...people.values()],
      };
    },
    findUserByOidcIdentity: (issuer: string, subject: string) =>
      repository.findUserByOidcIdentity(issuer, subject),
    /** The roles of a user as people read them, and as the permission model reads them. */
    async rolesOf(user: UserRow): Promise<{ roles: RoleAssignment[]; principal: Principal }> {
      const rows = await repository.rolesOf(user.id);
      return { roles: rows.map(displayRole), principal: principalOf(user, rows) };
    },
    updateUser: (id: string, changes: Partial<Omit<UserRow, 'id'>>) =>
      repository.updateUser(id, { ...changes, updated_at: nowIso() }),
    advanceTotpStep: (id: string, step: number) => repository.advanceTotpStep(id, step),

    async createUser(input: {
      organisationId: string;
      email: string;
      displayName: string;
      status: UserStatus;
      passwordHash?: string;
      totpSecret?: string;
    }): Promise<UserRow> {
      const now = nowIso();
      const user: UserRow = {
        id: newId(),
        organisation_id: input.organisationId,
        email: normaliseEmail(input.email),
        display_name: input.displayName,
        status: input.status,
        password_hash: input.passwordHash ?? null,
        password_changed_at: input.passwordHash ? now : null,
        totp_secret: input.totpSecret ?? null,
        totp_enabled_at: input.totpSecret ? now : null,
        totp_last_step: null,
        oidc_issuer: null,
        oidc_subject: null,
        created_at: now,
        updated_at: now,
      };
      await repository.insertUser(user);
      return user;
    },

    /** A role, scoped to a district (coordinator, analyst) or a network group (director, member). */
    async assignRole(input: {
      userId: string;
      role: Role;
      districtCode?: string;
      networkGroupId?: string;
    }): Promise<void> {
      await repository.insertRole({
        id: newId(),
        userId: input.userId,
        role: input.role,
        districtId: input.districtCode ? await districtIdOf(input.districtCode) : null,
        networkGroupId: input.networkGroupId ?? null,
        createdAt: nowIso(),
      });
    },

    /** A role whose scope is already resolved to ids (see UsersService.assertMayGrant). */
    async addRole(input: {
      userId: string;
      role: Role;
      districtId: string | null;
      networkGroupId: string | null;
    }): Promise<{ id: string }> {
      const id = newId();
      await repository.insertRole({ id, ...input, createdAt: nowIso() });
      return { id };
    },

    async createNetworkGroup(input: {
      districtCode: string;
      name: string;
      organisationIds: string[];
    }): Promise<{ id: string; name: string }> {
      // Read before the transaction: on SQLite a query outside it would wait for it forever.
      const districtId = await districtIdOf(input.districtCode);
      return inTransaction(db, async (trx) => {
        const id = newId();
        await peopleRepository(trx).insertNetworkGroup({
          id,
          districtId,
          name: input.name,
          organisationIds: input.organisationIds,
          createdAt: nowIso(),
        });
        return { id, name: input.name };
      });
    },
  };
}

export type PeopleService = ReturnType<typeof peopleService>;
