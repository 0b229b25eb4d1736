import { type Kysely, sql } from 'kysely';
import type { Scope } from '../../auth/permissions.js';
import type { Database } from '../../db/schema.js';
import type { CaseBreakthroughTable, CaseEventTable, CaseTable } from './cases.table.js';

export type CaseRow = CaseTable & {
  network_group_name: string;
  district_code: string;
  holder_organisation_name: string;
  holder_display_name: string;
};

/**
 * The cases an actor reaches: those of their network groups (the scope of `cases.work`) and
 * those they hold, wherever the group. Applied in SQL, so an unreachable case is not found.
 */
function reachable(db: Kysely<Database>, scope: Scope, userId: string) {
  return db
    .selectFrom('cases')
    .innerJoin('network_groups', 'network_groups.id', 'cases.network_group_id')
    .innerJoin('districts', 'districts.id', 'cases.district_id')
    .innerJoin('organisations', 'organisations.id', 'cases.holder_organisation_id')
    .innerJoin('users', 'users.id', 'cases.holder_user_id')
    .where((eb) =>
      scope.everything
        ? eb.lit(true)
        : eb.or([
            eb('cases.holder_user_id', '=', userId),
            ...(scope.networkGroupIds.length > 0
              ? [eb('cases.network_group_id', 'in', scope.networkGroupIds)]
              : []),
          ]),
    );
}

const caseColumns = [
  'cases.id',
  'cases.code',
  'cases.network_group_id',
  'cases.district_id',
  'cases.holder_user_id',
  'cases.holder_organisation_id',
  'cases.status',
  'cases.closure_reason',
  'cases.version',
  'cases.consent_given_on',
  'cases.consent_form',
  'cases.consent_recorded_by',
  'cases.consent_recorded_at',
  'cases.consent_withdrawn_at',
  'cases.household',
  'cases.violence_forms',
  'cases.life_domains',
  'cases.involved_organisation_ids',
  'cases.urgency',
  'cases.question_sealed',
  'cases.description_sealed',
  'cases.intake_saved_at',
  'cases.narrative_erased_at',
  'cases.narrative_erasure_reason',
  'cases.created_at',
  'cases.updated_at',
  'cases.closed_at',
  'network_groups.name as network_group_name',
  'districts.code as district_code',
  'organisations.name as holder_organisation_name',
  'users.display_name as holder_display_name',
] as const;

export function casesRepository(db: Kysely<Database>) {
  return {
    /** The next number of a district's year, claimed in the caller's transaction. */
    async nextNumber(districtId: string, year: number): Promise<number> {
      const row = await db
        .insertInto('case_sequences')
        .values({ district_id: districtId, year, last_number: 1 })
        .onConflict((conflict) =>
          conflict
            .columns(['district_id', 'year'])
            .doUpdateSet({ last_number: sql`case_sequences.last_number + 1` }),
        )
        .returning('last_number')
        .executeTakeFirstOrThrow();
      return Number(row.last_number);
    },

    async insert(row: CaseTable): Promise<void> {
      await db.insertInto('cases').values(row).execute();
    },

    async find(scope: Scope, userId: string, id: string): Promise<CaseRow | undefined> {
      return reachable(db, scope, userId)
        .select(caseColumns)
        .where('cases.id', '=', id)
        .executeTakeFirst();
    },

    /** Open cases first, then by code; newest numbers first within a district's year. */
    async list(scope: Scope, userId: string): Promise<CaseRow[]> {
      return reachable(db, scope, userId)
        .select(caseColumns)
        .orderBy(sql`case when ${sql.ref('cases.status')} = 'closed' then 1 else 0 end`)
        .orderBy('cases.created_at', 'desc')
        .orderBy('cases.id', 'desc')
        .execute();
    },

    /**
     * Writes a change made from `version`, and its event, only if no one saved since: answers
     * false (and writes nothing) otherwise.
     */
    async update(
      id: string,
      version: number,
      changes: Partial<CaseTable>,
      event: Omit<CaseEventTable, 'id' | 'case_id' | 'version'> & { id: string },
    ): Promise<boolean> {
      const result = await db
        .updateTable('cases')
        .set({ ...changes, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      await this.addEvent({ ...event, case_id: id, version: version + 1 });
      return true;
    },

    async addEvent(event: CaseEventTable): Promise<void> {
      await db.insertInto('case_events').values(event).execute();
    },

    async insertBreakthrough(row: CaseBreakthroughTable): Promise<void> {
      await db.insertInto('case_breakthroughs').values(row).execute();
    },

    /** A case's breakthroughs, in the order they happened. */
    breakthroughsOf(caseId: string) {
      return db
        .selectFrom('case_breakthroughs')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('occurred_on')
        .orderBy('recorded_at')
        .execute();
    },

    /** Erases the free text of a case's breakthroughs (who and when stay). */
    async eraseBreakthroughTexts(caseId: string): Promise<void> {
      await db
        .updateTable('case_breakthroughs')
        .set({ description_sealed: null })
        .where('case_id', '=', caseId)
        .execute();
    },

    /** Closed cases whose free texts are still there, closed before `cutoff`. */
    closedBefore(cutoff: string) {
      return db
        .selectFrom('cases')
        .select(['id', 'version', 'district_id'])
        .where('status', '=', 'closed')
        .where('closed_at', '<', cutoff)
        .where('narrative_erased_at', 'is', null)
        .execute();
    },

    /** Every save of the case, oldest first. */
    events(id: string) {
      return db
        .selectFrom('case_events')
        .select(['version', 'at', 'changed_fields'])
        .where('case_id', '=', id)
        .orderBy('version')
        .execute();
    },
  };
}
