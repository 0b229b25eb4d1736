import type { Kysely } from 'kysely';
import type {
  Role,
  RoleGrant,
  UserDetail,
  UserPage,
  UserQuery,
  UserSummary,
} from '../../../shared/schemas/people.js';
import type { AuditService } from '../../audit/audit.service.js';
import { type Actor, type AuthService, userResource } from '../../auth/auth.service.js';
import { authorize, can, scopeOf } from '../../auth/permissions.js';
import { newId, nowIso } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { inTransaction } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../../errors.js';
import { districtsService } from '../districts/districts.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { peopleRepository } from './people.repository.js';
import { displayRole } from './people.service.js';

const noSuchUser = () =>
  new NotFoundError('There is no such account, or it is not yours to manage.');

/**
 * Managing accounts: administrators everywhere, coordinators the people of organisations that
 * serve their district (never an administrator). Every change and every read of an account is
 * audited.
 */
export function usersService(
  db: Kysely<Database>,
  deps: { audit: AuditService; auth: AuthService },
) {
  const { audit, auth } = deps;
  const repository = peopleRepository(db);

  /** The account, if the actor may manage it; 404 otherwise. */
  async function managed(actor: Actor, userId: string) {
    authorize(actor, 'users.manage');
    const user = await repository.findUserInScope(scopeOf(actor.principal, 'users.manage'), userId);
    if (!user) throw noSuchUser();
    return user;
  }

  /** A change to an account and its audit entry, all or nothing. */
  function change(
    actor: Actor,
    userId: string,
    action: string,
    work: (trx: Kysely<Database>) => Promise<void>,
  ) {
    return inTransaction(db, async (trx) => {
      await work(trx);
      await audit.record(trx, actor, { action, resource: userResource(userId) });
    });
  }

  const service = {
    async list(actor: Actor, query: UserQuery): Promise<UserPage> {
      authorize(actor, 'users.manage');
      const { rows, total } = await repository.listUsers(
        scopeOf(actor.principal, 'users.manage'),
        { q: query.q, status: query.status, organisationId: query.organisation },
        { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
      );
      const roles = await repository.rolesOfUsers(rows.map((row) => row.id));
      // A list of names and e-mail addresses is personal data: the read is audited.
      await audit.recordNow(actor, { action: 'user.list', resource: { type: 'user' } });
      const items: UserSummary[] = rows.map((row) => ({
        id: row.id,
        displayName: row.display_name,
        email: row.email,
        status: row.status,
        organisation: { id: row.organisation_id, name: row.organisation_name },
        roles: roles.filter((role) => role.userId === row.id).map(displayRole),
      }));
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    async get(actor: Actor, userId: string): Promise<UserDetail> {
      const user = await managed(actor, userId);
      const roles = await repository.rolesOf(user.id);
      const state = await auth.accountState(user.id);
      await audit.recordNow(actor, { action: 'user.read', resource: userResource(user.id) });
      return {
        id: user.id,
        displayName: user.display_name,
        email: user.email,
        status: user.status,
        organisation: { id: user.organisation_id, name: user.organisation_name },
        roles: roles.map(displayRole),
        createdAt: user.created_at,
        mfa: { totp: state.totp, passkeys: state.passkeys },
        liveSessions: state.liveSessions,
      };
    },

    async rename(actor: Actor, userId: string, displayName: string): Promise<void> {
      await managed(actor, userId);
      await change(actor, userId, 'user.update', (trx) =>
        peopleRepository(trx).updateUser(userId, {
          display_name: displayName,
          updated_at: nowIso(),
        }),
      );
    },

    /** Deactivation ends every session at once; the account keeps its history. */
    async deactivate(actor: Actor, userId: string): Promise<void> {
      const user = await managed(actor, userId);
      if (user.id === actor.user.id)
        throw new ConflictError('You cannot deactivate your own account.');
      await change(actor, userId, 'user.deactivate', async (trx) => {
        await peopleRepository(trx).updateUser(userId, {
          status: 'deactivated',
          updated_at: nowIso(),
        });
        await auth.endAllSessionsOf(userId, trx);
      });
    },

    /** Back to active — or to invited, when the person never chose a password. */
    async reactivate(actor: Actor, userId: string): Promise<void> {
      const user = await managed(actor, userId);
      if (user.status !== 'deactivated') return;
      await change(actor, userId, 'user.reactivate', (trx) =>
        peopleRepository(trx).updateUser(userId, {
          status: user.password_hash || user.oidc_subject ? 'active' : 'invited',
          updated_at: nowIso(),
        }),
      );
    },

    /** For a lost phone: the person sets up a new second factor at the next sign-in. */
    async resetSecondFactors(actor: Actor, userId: string): Promise<void> {
      auth.assertRecentSignIn(actor);
      await managed(actor, userId);
      await change(actor, userId, 'user.mfa-reset', (trx) => auth.forgetSecondFactors(userId, trx));
    },

    async endSessions(actor: Actor, userId: string): Promise<void> {
      await managed(actor, userId);
      await change(actor, userId, 'user.sessions.end', (trx) => auth.endAllSessionsOf(userId, trx));
    },

    async grantRole(actor: Actor, userId: string, grant: RoleGrant): Promise<{ id: string }> {
      const user = await managed(actor, userId);
      const scoped = await service.assertMayGrant(actor, grant);
      const existing = await repository.rolesOf(user.id);
      const same = existing.find(
        (role) =>
          role.role === grant.role &&
          role.districtId === scoped.districtId &&
          role.networkGroupId === scoped.networkGroupId,
      );
      if (same) return { id: same.id };
      const id = newId();
      await change(actor, userId, 'user.role.grant', (trx) =>
        peopleRepository(trx).insertRole({ id, userId, ...scoped, createdAt: nowIso() }),
      );
      return { id };
    },

    async revokeRole(actor: Actor, userId: string, roleId: string): Promise<void> {
      await managed(actor, userId);
      const role = await repository.findRole(roleId);
      if (!role || role.user_id !== userId)
        throw new NotFoundError('This person has no such role.');
      const districtId =
        role.district_id ??
        (role.network_group_id ? await districtOfGroup(role.network_group_id) : null);
      if (!mayHandleRole(actor, role.role, districtId))
        throw new ForbiddenError('This role lies outside what you manage.');
      if (role.role === 'admin' && userId === actor.user.id) {
        throw new ConflictError('You cannot take away your own administrator role.');
      }
      await change(actor, userId, 'user.role.revoke', (trx) =>
        peopleRepository(trx).deleteRole(roleId),
      );
    },

    /**
     * Whether the actor may give this role, and its scope as ids: only administrators make
     * administrators; coordinators give roles within their own districts.
     */
    async assertMayGrant(actor: Actor, grant: RoleGrant) {
      authorize(actor, 'users.manage');
      let districtId: string | null = null;
      let networkGroupId: string | null = null;
      if (grant.districtCode) {
        const [district] = await districtsService(db).findByCodes([grant.districtCode]);
        if (!district) throw unknown('districtCode');
        districtId = district.id;
      }
      if (grant.networkGroupId) {
        const groupDistrict = await districtOfGroup(grant.networkGroupId);
        if (!groupDistrict) throw unknown('networkGroupId');
        networkGroupId = grant.networkGroupId;
        districtId = groupDistrict;
      }
      if (!mayHandleRole(actor, grant.role, districtId))
        throw new ForbiddenError('You can only give roles within your own district.');
      return {
        role: grant.role,
        districtId: networkGroupId ? null : districtId,
        networkGroupId,
      };
    },

    /** Whether the actor may add people to this organisation (404 when out of reach). */
    async assertMayManageOrganisation(actor: Actor, organisationId: string): Promise<void> {
      authorize(actor, 'users.manage');
      const districtIds = await organisationsService(db).districtIdsOf(organisationId);
      if (districtIds === undefined || !can(actor.principal, 'users.manage', { districtIds })) {
        throw new InvalidInputError('Unknown organisation.', [
          { location: 'body', path: 'organisationId', message: 'unknown or outside your district' },
        ]);
      }
    },
  };

  async function districtOfGroup(groupId: string): Promise<string | null> {
    const group = await repository.findNetworkGroupInScope({ everything: true }, groupId);
    return group?.districtId ?? null;
  }

  return service;
}

/**
 * Whether the actor may give or take away a role in this district: the administrator role
 * only by administrators, any other role by those who manage accounts in its district.
 */
function mayHandleRole(actor: Actor, role: Role, districtId: string | null): boolean {
  return role === 'admin'
    ? scopeOf(actor.principal, 'users.manage').everything
    : can(actor.principal, 'users.manage', { districtIds: districtId ? [districtId] : [] });
}

const unknown = (path: string) =>
  new InvalidInputError('Unknown district or network group.', [
    { location: 'body', path, message: 'does not exist' },
  ]);

export type UsersService = ReturnType<typeof usersService>;
