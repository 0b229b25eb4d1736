import type { Kysely } from 'kysely';
import { reachOf } from '../../../shared/permissions.js';
import { roles } from '../../../shared/schemas/people.js';
import type { Database } from '../../db/schema.js';

/** Roles that keep an entry as the organisation's own people, and those who keep a district's. */
const ownEditorRoles = roles.filter(
  (role) => reachOf(role, 'directory.edit') === 'own-organisation',
);
const districtEditorRoles = roles.filter(
  (role) => reachOf(role, 'directory.edit') === 'own-districts',
);

export interface UnconfirmedEntry {
  id: string;
  name: string;
  /** The last confirmation, or the organisation's creation when it never confirmed. */
  confirmedOrCreatedAt: string;
}

export function directoryRemindersRepository(db: Kysely<Database>) {
  return {
    /**
     * Active entries whose confirmation is older than `cutoff` and whose editors were not
     * reminded since that confirmation nor since `remindAgainBefore`.
     */
    async dueForReminder(cutoff: string, remindAgainBefore: string): Promise<UnconfirmedEntry[]> {
      const rows = await db
        .selectFrom('organisations')
        .leftJoin('directory_profiles', 'directory_profiles.organisation_id', 'organisations.id')
        .leftJoin('directory_reminders', 'directory_reminders.organisation_id', 'organisations.id')
        .select((eb) => [
          'organisations.id',
          'organisations.name',
          eb.fn
            .coalesce('directory_profiles.last_verified_at', 'organisations.created_at')
            .as('since'),
          'directory_reminders.sent_at',
        ])
        .where((eb) =>
          eb.and([
            eb(
              eb.fn.coalesce('directory_profiles.last_verified_at', 'organisations.created_at'),
              '<',
              cutoff,
            ),
            eb.or([
              eb('directory_profiles.status', 'is', null),
              eb('directory_profiles.status', '=', 'active'),
            ]),
          ]),
        )
        .orderBy('organisations.id')
        .execute();
      return rows
        .filter(
          (row) =>
            row.sent_at === null || row.sent_at < row.since || row.sent_at < remindAgainBefore,
        )
        .map((row) => ({ id: row.id, name: row.name, confirmedOrCreatedAt: row.since }));
    },

    /**
     * Notes that the organisation is reminded now, unless another server running the same job
     * did so since its confirmation and since `remindAgainBefore`: true when this call may send.
     */
    async claim(entry: UnconfirmedEntry, at: string, remindAgainBefore: string): Promise<boolean> {
      const claimed = await db
        .insertInto('directory_reminders')
        .values({ organisation_id: entry.id, sent_at: at })
        .onConflict((conflict) =>
          conflict
            .column('organisation_id')
            .doUpdateSet({ sent_at: at })
            .where((eb) =>
              eb.or([
                eb('directory_reminders.sent_at', '<', entry.confirmedOrCreatedAt),
                eb('directory_reminders.sent_at', '<', remindAgainBefore),
              ]),
            ),
        )
        .returning('organisation_id')
        .executeTakeFirst();
      return claimed !== undefined;
    },

    /**
     * Who gets the reminder: the organisation's own active editors, or, when it has none, the
     * coordinators of the districts it serves.
     */
    async recipientsOf(organisationId: string): Promise<{ email: string; name: string }[]> {
      const own = await db
        .selectFrom('users')
        .innerJoin('role_assignments', 'role_assignments.user_id', 'users.id')
        .select(['users.email', 'users.display_name as name'])
        .distinct()
        .where('users.organisation_id', '=', organisationId)
        .where('users.status', '=', 'active')
        .where('role_assignments.role', 'in', ownEditorRoles)
        .orderBy('users.email')
        .execute();
      if (own.length > 0) return own;
      return db
        .selectFrom('users')
        .innerJoin('role_assignments', 'role_assignments.user_id', 'users.id')
        .innerJoin(
          'organisation_districts',
          'organisation_districts.district_id',
          'role_assignments.district_id',
        )
        .select(['users.email', 'users.display_name as name'])
        .distinct()
        .where('organisation_districts.organisation_id', '=', organisationId)
        .where('users.status', '=', 'active')
        .where('role_assignments.role', 'in', districtEditorRoles)
        .orderBy('users.email')
        .execute();
    },
  };
}
