import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { RiskSignal } from '../../../shared/schemas/cases.js';
import type { Scope } from '../../auth/permissions.js';
import type { Database } from '../../db/schema.js';
import { sealedKeyId, sealedPrefix } from '../../privacy/field-encryption.js';
import type {
  CaseActionTable,
  CaseBreakthroughTable,
  CaseEventTable,
  CaseTable,
} from './cases.table.js';

/** The tables of this module that hold sealed free text. */
export type SealedTable = 'cases' | 'case_breakthroughs' | 'case_actions';

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
const inReach = (scope: Scope, userId: string) => (eb: ExpressionBuilder<Database, 'cases'>) =>
  scope.everything
    ? eb.lit(true)
    : eb.or([
        eb('cases.holder_user_id', '=', userId),
        ...(scope.networkGroupIds.length > 0
          ? [eb('cases.network_group_id', 'in', scope.networkGroupIds)]
          : []),
      ]);

function reachable(db: Kysely<Database>, scope: Scope, userId: string) {
  return db
    .selectFrom('cases')
    .innerJoin('network_groups', 'network_groups.id', 'cases.network_group_id')
    .innerJoin('districts', 'districts.id', 'cases.district_id')
    .innerJoin('organisations', 'organisations.id', 'cases.holder_organisation_id')
    .innerJoin('users', 'users.id', 'cases.holder_user_id')
    .where(inReach(scope, userId));
}

/** The actions of the cases an actor reaches, with their owners' names and the case code. */
function reachableActions(db: Kysely<Database>, scope: Scope, userId: string) {
  return db
    .selectFrom('case_actions')
    .innerJoin('cases', 'cases.id', 'case_actions.case_id')
    .innerJoin('organisations', 'organisations.id', 'case_actions.owner_organisation_id')
    .leftJoin('users', 'users.id', 'case_actions.owner_user_id')
    .where(inReach(scope, userId))
    .selectAll('case_actions')
    .select([
      'cases.code as case_code',
      'cases.district_id',
      'cases.consent_withdrawn_at',
      'cases.narrative_erased_at',
      'organisations.name as owner_organisation_name',
      'users.display_name as owner_display_name',
    ]);
}
export type ActionRow = Awaited<
  ReturnType<ReturnType<typeof reachableActions>['executeTakeFirstOrThrow']>
>;

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
  'cases.risk_signals',
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

    /**
     * In a transaction that adds or changes free text of a case: locks the case's row and
     * answers whether it still takes text — consent holds, its texts were not erased and, for
     * new actions, it is open. A withdrawal or erasure waits for this transaction, or this one
     * sees it: text is never written after the erasure.
     */
    async holdOpenCase(caseId: string, at: string, options: { mustBeOpen: boolean }) {
      let query = db
        .updateTable('cases')
        .set({ updated_at: at })
        .where('id', '=', caseId)
        .where('consent_withdrawn_at', 'is', null)
        .where('narrative_erased_at', 'is', null);
      if (options.mustBeOpen) query = query.where('status', '<>', 'closed');
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertAction(row: CaseActionTable): Promise<void> {
      await db.insertInto('case_actions').values(row).execute();
    },

    /** An action of a case the actor reaches; undefined otherwise. */
    findAction(scope: Scope, userId: string, id: string): Promise<ActionRow | undefined> {
      return reachableActions(db, scope, userId)
        .where('case_actions.id', '=', id)
        .executeTakeFirst();
    },

    /** A case's actions: open ones first, by due date. */
    actionsOfCase(caseId: string): Promise<ActionRow[]> {
      return reachableActions(db, { everything: true }, '')
        .where('case_actions.case_id', '=', caseId)
        .orderBy(
          sql`case when ${sql.ref('case_actions.status')} in ('done', 'not-done') then 1 else 0 end`,
        )
        .orderBy('case_actions.due_on')
        .orderBy('case_actions.created_at')
        .execute();
    },

    /**
     * Actions of the open cases an actor reaches: those an organisation owns that are not
     * finished, or those overdue (unfinished, due before `today`). By due date. A closed case
     * (also after a withdrawal) asks nothing more: its actions stay on the case only.
     */
    listActions(
      scope: Scope,
      userId: string,
      filter: { ownerOrganisationId: string } | { overdueBefore: string },
    ): Promise<ActionRow[]> {
      let query = reachableActions(db, scope, userId)
        .where('case_actions.status', 'in', ['open', 'in-progress'])
        .where('cases.status', '!=', 'closed');
      query =
        'ownerOrganisationId' in filter
          ? query.where('case_actions.owner_organisation_id', '=', filter.ownerOrganisationId)
          : query.where('case_actions.due_on', '<', filter.overdueBefore);
      return query.orderBy('case_actions.due_on').orderBy('case_actions.created_at').execute();
    },

    /** Writes a change made from `version`, only if no one saved since. */
    async updateAction(
      id: string,
      version: number,
      changes: Partial<CaseActionTable>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('case_actions')
        .set({ ...changes, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Erases the free texts of a case's actions (owners, dates and states stay). */
    async eraseActionTexts(caseId: string): Promise<void> {
      await db
        .updateTable('case_actions')
        .set({ text_sealed: null, result_sealed: null })
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

    /** The sealed values of one column of a case table (for re-sealing with a new key). */
    async sealedValues(
      table: SealedTable,
      column: string,
    ): Promise<{ id: string; value: string }[]> {
      const { rows } = await sql<{ id: string; value: string }>`
        select id, ${sql.ref(column)} as value from ${sql.table(table)}
        where ${sql.ref(column)} is not null`.execute(db);
      return rows;
    },

    /** The ids of the keys that sealed the values of one column of a case table. */
    async keyIdsIn(table: SealedTable, column: string): Promise<string[]> {
      const { rows } = await sql<{ keyId: string }>`
        select distinct substr(${sql.ref(column)}, ${sealedKeyId.from}, ${sealedKeyId.length})
          as "keyId"
        from ${sql.table(table)} where ${sql.ref(column)} like ${`${sealedPrefix('%')}%`}`.execute(
        db,
      );
      return rows.map((row) => row.keyId);
    },

    /** Erases the values of one column sealed with a key; answers how many there were. */
    async eraseSealedWith(table: SealedTable, column: string, keyId: string): Promise<number> {
      const result = await sql`
        update ${sql.table(table)} set ${sql.ref(column)} = null
        where ${sql.ref(column)} like ${`${sealedPrefix(keyId)}%`}`.execute(db);
      return Number(result.numAffectedRows ?? 0);
    },

    /** How many values of one column a key sealed. */
    async countSealedWith(table: SealedTable, column: string, keyId: string): Promise<number> {
      const { rows } = await sql<{ count: number | string }>`
        select count(*) as count from ${sql.table(table)}
        where ${sql.ref(column)} like ${`${sealedPrefix(keyId)}%`}`.execute(db);
      return Number(rows[0]?.count ?? 0);
    },

    /** Replaces a sealed value, unless it changed meanwhile (answers whether it did). */
    async replaceSealed(
      table: SealedTable,
      column: string,
      id: string,
      from: string,
      to: string,
    ): Promise<boolean> {
      const result = await sql`
        update ${sql.table(table)} set ${sql.ref(column)} = ${to}
        where id = ${id} and ${sql.ref(column)} = ${from}`.execute(db);
      return Number(result.numAffectedRows ?? 0) === 1;
    },

    /** A district's own checklist of risk signals; undefined while it uses the default. */
    async riskSignalsOf(districtId: string): Promise<RiskSignal[] | undefined> {
      const row = await db
        .selectFrom('district_risk_signals')
        .select('signals')
        .where('district_id', '=', districtId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.signals) as RiskSignal[]) : undefined;
    },

    async saveRiskSignals(
      districtId: string,
      signals: RiskSignal[],
      by: string,
      at: string,
    ): Promise<void> {
      const values = { signals: JSON.stringify(signals), updated_by: by, updated_at: at };
      await db
        .insertInto('district_risk_signals')
        .values({ district_id: districtId, ...values })
        .onConflict((conflict) => conflict.column('district_id').doUpdateSet(values))
        .execute();
    },

    /**
     * Who may get today's digest of actions: active people who sit in a network group (member
     * or director), have not opted out and got none on `day`.
     */
    digestCandidates(day: string) {
      return db
        .selectFrom('users')
        .select('users.id')
        .where('users.status', '=', 'active')
        .where(({ and, exists, not, selectFrom }) =>
          and([
            exists(
              selectFrom('role_assignments')
                .select('role_assignments.id')
                .whereRef('role_assignments.user_id', '=', 'users.id')
                .where('role_assignments.role', 'in', ['member', 'director'])
                .where('role_assignments.network_group_id', 'is not', null),
            ),
            not(
              exists(
                selectFrom('action_digest_opt_outs')
                  .select('action_digest_opt_outs.user_id')
                  .whereRef('action_digest_opt_outs.user_id', '=', 'users.id'),
              ),
            ),
            not(
              exists(
                selectFrom('action_digests')
                  .select('action_digests.user_id')
                  .whereRef('action_digests.user_id', '=', 'users.id')
                  .where('action_digests.day', '=', day),
              ),
            ),
          ]),
        )
        .execute();
    },

    /** Claims a user's digest of a day; false when another round already did. */
    async claimDigest(userId: string, day: string, at: string): Promise<boolean> {
      const result = await db
        .insertInto('action_digests')
        .values({ user_id: userId, day, sent_at: at })
        .onConflict((conflict) => conflict.columns(['user_id', 'day']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    async digestWanted(userId: string): Promise<boolean> {
      const row = await db
        .selectFrom('action_digest_opt_outs')
        .select('user_id')
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row === undefined;
    },

    async setDigestWanted(userId: string, wanted: boolean, at: string): Promise<void> {
      if (wanted) {
        await db.deleteFrom('action_digest_opt_outs').where('user_id', '=', userId).execute();
      } else {
        await db
          .insertInto('action_digest_opt_outs')
          .values({ user_id: userId, at })
          .onConflict((conflict) => conflict.column('user_id').doNothing())
          .execute();
      }
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
