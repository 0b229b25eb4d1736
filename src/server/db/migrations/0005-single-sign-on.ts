import type { Kysely } from 'kysely';

// Single sign-on with OpenID Connect, configured per organisation.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organisation_sso')
    .addColumn('organisation_id', 'text', (column) =>
      column.primaryKey().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('issuer', 'text', (column) => column.notNull())
    .addColumn('client_id', 'text', (column) => column.notNull())
    .addColumn('client_secret', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema.alterTable('users').addColumn('oidc_issuer', 'text').execute();
  await db.schema.alterTable('users').addColumn('oidc_subject', 'text').execute();
  await db.schema
    .createIndex('users_oidc_identity_unique')
    .on('users')
    .columns(['oidc_issuer', 'oidc_subject'])
    .unique()
    .execute();

  await db.schema
    .createTable('sso_logins')
    .addColumn('id', 'text', (column) => column.primaryKey())
    // Hashes of the OAuth state and of the value in this browser's cookie: both must match.
    .addColumn('state_hash', 'text', (column) => column.notNull().unique())
    .addColumn('binding_hash', 'text', (column) => column.notNull())
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('code_verifier', 'text', (column) => column.notNull())
    .addColumn('nonce', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sso_logins').execute();
  await db.schema.dropIndex('users_oidc_identity_unique').execute();
  await db.schema.alterTable('users').dropColumn('oidc_subject').execute();
  await db.schema.alterTable('users').dropColumn('oidc_issuer').execute();
  await db.schema.dropTable('organisation_sso').execute();
}
