import { type Kysely, sql } from 'kysely';
import { countMatching, isPostgres } from '../db/queries.js';
import type { Database } from '../db/schema.js';
import type { SessionTable, UserTokenTable } from './auth.table.js';

export type SessionRow = SessionTable;

export function authRepository(db: Kysely<Database>) {
  return {
    async insertSession(session: SessionRow): Promise<void> {
      await db.insertInto('sessions').values(session).execute();
    },

    findLiveSessionByTokenHash(tokenHash: string): Promise<SessionRow | undefined> {
      return db
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
    },

    async updateSession(id: string, changes: Partial<Omit<SessionRow, 'id'>>): Promise<void> {
      await db.updateTable('sessions').set(changes).where('id', '=', id).execute();
    },

    liveSessionsOf(userId: string, now: string): Promise<SessionRow[]> {
      return db
        .selectFrom('sessions')
        .selectAll()
        .where('user_id', '=', userId)
        .where('ended_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('last_seen_at', 'desc')
        .execute();
    },

    /** Ends one session of this user; false when it is not theirs or already ended. */
    async endSessionOf(userId: string, sessionId: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('sessions')
        .set({ ended_at: now })
        .where('id', '=', sessionId)
        .where('user_id', '=', userId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async replaceRecoveryCodes(
      userId: string,
      codes: { id: string; codeHash: string }[],
      now: string,
    ): Promise<void> {
      await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
      if (codes.length === 0) return;
      await db
        .insertInto('recovery_codes')
        .values(
          codes.map((code) => ({
            id: code.id,
            user_id: userId,
            code_hash: code.codeHash,
            used_at: null,
            created_at: now,
          })),
        )
        .execute();
    },

    /** Uses up a recovery code; false when it does not exist or was used before. */
    async spendRecoveryCode(userId: string, codeHash: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('recovery_codes')
        .set({ used_at: now })
        .where('user_id', '=', userId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    unusedRecoveryCodeCount: (userId: string): Promise<number> =>
      countMatching(
        db.selectFrom('recovery_codes').where('user_id', '=', userId).where('used_at', 'is', null),
      ),

    async recordAttempt(attempt: {
      id: string;
      at: string;
      emailHash: string;
      clientAddress: string;
      succeeded: boolean;
    }): Promise<void> {
      await db
        .insertInto('sign_in_attempts')
        .values({
          id: attempt.id,
          at: attempt.at,
          email_hash: attempt.emailHash,
          client_address: attempt.clientAddress,
          succeeded: attempt.succeeded ? 1 : 0,
        })
        .execute();
    },

    /** Within a transaction: waits for other attempts on this key (PostgreSQL; SQLite has one writer). */
    async lockAttemptsOf(key: string): Promise<void> {
      if (isPostgres(db)) await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(db);
    },

    async markAttemptSucceeded(id: string): Promise<void> {
      await db.updateTable('sign_in_attempts').set({ succeeded: 1 }).where('id', '=', id).execute();
    },

    /** One more wrong code in this session; returns the new count (atomic, for parallel guesses). */
    async countCodeFailure(sessionId: string): Promise<number> {
      const row = await db
        .updateTable('sessions')
        .set((eb) => ({ code_failures: eb('code_failures', '+', 1) }))
        .where('id', '=', sessionId)
        .returning('code_failures')
        .executeTakeFirst();
      return Number(row?.code_failures ?? Number.POSITIVE_INFINITY);
    },

    /** Attempts since `since`, newest first, for one address typed or one client. */
    recentAttempts(
      key: { emailHash: string } | { clientAddress: string },
      since: string,
    ): Promise<{ at: string; succeeded: number }[]> {
      let query = db
        .selectFrom('sign_in_attempts')
        .select(['at', 'succeeded'])
        .where('at', '>', since);
      query =
        'emailHash' in key
          ? query.where('email_hash', '=', key.emailHash)
          : query.where('client_address', '=', key.clientAddress);
      return query.orderBy('at', 'desc').limit(200).execute();
    },

    async insertUserToken(token: UserTokenTable): Promise<void> {
      await db.insertInto('user_tokens').values(token).execute();
    },

    /** Marks an unused, unexpired token of this purpose as used; returns its user, once. */
    async spendUserToken(
      tokenHash: string,
      purpose: UserTokenTable['purpose'],
      now: string,
    ): Promise<string | undefined> {
      const token = await db
        .selectFrom('user_tokens')
        .select(['id', 'user_id'])
        .where('token_hash', '=', tokenHash)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (!token) return undefined;
      const result = await db
        .updateTable('user_tokens')
        .set({ used_at: now })
        .where('id', '=', token.id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? token.user_id : undefined;
    },

    countUserTokensSince: (
      userId: string,
      purpose: UserTokenTable['purpose'],
      since: string,
    ): Promise<number> =>
      countMatching(
        db
          .selectFrom('user_tokens')
          .where('user_id', '=', userId)
          .where('purpose', '=', purpose)
          .where('created_at', '>', since),
      ),

    async endAllSessionsOf(userId: string, now: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ ended_at: now })
        .where('user_id', '=', userId)
        .where('ended_at', 'is', null)
        .execute();
    },

    async forgetAttemptsBefore(before: string): Promise<void> {
      await db.deleteFrom('sign_in_attempts').where('at', '<', before).execute();
    },
  };
}
