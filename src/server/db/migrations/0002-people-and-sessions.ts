import { type Kysely, sql } from 'kysely';

// Users, roles, network groups, sessions and sign-in attempts (issue: sign-in and sessions).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('network_groups')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('district_id', 'text', (column) => column.notNull().references('districts.id'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('network_groups_district_name_unique', ['district_id', 'name'])
    .execute();

  await db.schema
    .createTable('network_group_organisations')
    .addColumn('network_group_id', 'text', (column) =>
      column.notNull().references('network_groups.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('network_group_organisations_pk', [
      'network_group_id',
      'organisation_id',
    ])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id'),
    )
    // Stored lower-cased: one person, one address, however it is typed.
    .addColumn('email', 'text', (column) => column.notNull().unique())
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column.notNull().check(sql`status in ('active', 'invited', 'deactivated')`),
    )
    .addColumn('password_hash', 'text')
    .addColumn('password_changed_at', 'text')
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled_at', 'text')
    // The last TOTP time step accepted: a code is accepted once, and never an older one.
    .addColumn('totp_last_step', 'bigint')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('role_assignments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (column) =>
      column
        .notNull()
        .check(sql`role in ('admin', 'coordinator', 'director', 'member', 'analyst')`),
    )
    .addColumn('district_id', 'text', (column) => column.references('districts.id'))
    .addColumn('network_group_id', 'text', (column) =>
      column.references('network_groups.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('role_assignments_user_idx')
    .on('role_assignments')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('code_hash', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('recovery_codes_user_idx')
    .on('recovery_codes')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    // SHA-256 of the cookie's token: a copy of this table cannot be used to sign in.
    .addColumn('token_hash', 'text', (column) => column.notNull().unique())
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('stage', 'text', (column) =>
      column.notNull().check(sql`stage in ('password', 'complete')`),
    )
    .addColumn('created_at', 'text', (column) => column.notNull())
    // When sign-in completed (all factors): sensitive changes need a recent one.
    .addColumn('authenticated_at', 'text')
    .addColumn('last_seen_at', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('user_agent', 'text', (column) => column.notNull())
    // Wrong second-factor codes in this session: the fifth ends it.
    .addColumn('code_failures', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('sign_in_attempts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('at', 'text', (column) => column.notNull())
    // Keyed by a hash of the address typed, so the table names no one who does not exist.
    .addColumn('email_hash', 'text', (column) => column.notNull())
    .addColumn('client_address', 'text', (column) => column.notNull())
    .addColumn('succeeded', 'integer', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_attempts_email_idx')
    .on('sign_in_attempts')
    .columns(['email_hash', 'at'])
    .execute();
  await db.schema
    .createIndex('sign_in_attempts_address_idx')
    .on('sign_in_attempts')
    .columns(['client_address', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sign_in_attempts',
    'sessions',
    'recovery_codes',
    'role_assignments',
    'users',
    'network_group_organisations',
    'network_groups',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
