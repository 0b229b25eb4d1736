import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { OrganisationSsoTable, SsoLoginTable } from './auth.table.js';

export function ssoRepository(db: Kysely<Database>) {
  return {
    settingsOf(organisationId: string): Promise<OrganisationSsoTable | undefined> {
      return db
        .selectFrom('organisation_sso')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
    },

    async saveSettings(settings: OrganisationSsoTable): Promise<void> {
      await db
        .insertInto('organisation_sso')
        .values(settings)
        .onConflict((conflict) =>
          conflict.column('organisation_id').doUpdateSet({
            issuer: settings.issuer,
            client_id: settings.client_id,
            client_secret: settings.client_secret,
            updated_at: settings.updated_at,
          }),
        )
        .execute();
    },

    /** Organisations whose people can sign in through their own identity provider. */
    organisationsWithSso(): Promise<{ id: string; name: string }[]> {
      return db
        .selectFrom('organisation_sso')
        .innerJoin('organisations', 'organisations.id', 'organisation_sso.organisation_id')
        .select(['organisations.id', 'organisations.name'])
        .orderBy('organisations.name')
        .execute();
    },

    /** Stores a pending login and forgets those expired before `now` (anyone can start one). */
    async insertLogin(login: SsoLoginTable, now: string): Promise<void> {
      await db.deleteFrom('sso_logins').where('expires_at', '<', now).execute();
      await db.insertInto('sso_logins').values(login).execute();
    },

    /** Spends a pending login once: unknown, used, expired or another browser's gives nothing. */
    async spendLogin(
      stateHash: string,
      bindingHash: string,
      now: string,
    ): Promise<SsoLoginTable | undefined> {
      const login = await db
        .selectFrom('sso_logins')
        .selectAll()
        .where('state_hash', '=', stateHash)
        .where('binding_hash', '=', bindingHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (!login) return undefined;
      const result = await db
        .updateTable('sso_logins')
        .set({ used_at: now })
        .where('id', '=', login.id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1 ? login : undefined;
    },
  };
}
