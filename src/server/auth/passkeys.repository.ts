import type { Kysely } from 'kysely';
import { countMatching } from '../db/queries.js';
import type { Database } from '../db/schema.js';
import type { PasskeyTable, WebauthnChallengeTable } from './auth.table.js';

export type PasskeyRow = PasskeyTable;

export function passkeysRepository(db: Kysely<Database>) {
  return {
    countOf: (userId: string): Promise<number> =>
      countMatching(db.selectFrom('passkeys').where('user_id', '=', userId)),

    listOf(userId: string): Promise<PasskeyRow[]> {
      return db
        .selectFrom('passkeys')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
    },

    findByCredentialId(credentialId: string): Promise<PasskeyRow | undefined> {
      return db
        .selectFrom('passkeys')
        .selectAll()
        .where('credential_id', '=', credentialId)
        .executeTakeFirst();
    },

    async insert(passkey: PasskeyRow): Promise<void> {
      await db.insertInto('passkeys').values(passkey).execute();
    },

    async recordUse(id: string, counter: number, at: string): Promise<void> {
      await db
        .updateTable('passkeys')
        .set({ counter, last_used_at: at })
        .where('id', '=', id)
        .execute();
    },

    /** Removes one passkey of this user; false when it is not theirs. */
    async removeAllOf(userId: string): Promise<void> {
      await db.deleteFrom('passkeys').where('user_id', '=', userId).execute();
    },

    async removeOf(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('passkeys')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    /** Stores a new challenge and forgets those expired before `now` (anyone can ask for one). */
    async insertChallenge(challenge: WebauthnChallengeTable, now: string): Promise<void> {
      await db.deleteFrom('webauthn_challenges').where('expires_at', '<', now).execute();
      await db.insertInto('webauthn_challenges').values(challenge).execute();
    },

    /** Spends a live challenge once; returns it, or undefined if unknown, used or expired. */
    async spendChallenge(
      id: string,
      purpose: WebauthnChallengeTable['purpose'],
      now: string,
    ): Promise<WebauthnChallengeTable | undefined> {
      const result = await db
        .updateTable('webauthn_challenges')
        .set({ used_at: now })
        .where('id', '=', id)
        .where('purpose', '=', purpose)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return undefined;
      return db
        .selectFrom('webauthn_challenges')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
    },
  };
}
