import type { Kysely } from 'kysely';

// Cases of the network groups (issue #7, docs/decisions/0008). A case carries a code, never a
// name; its consent is part of the row, so there is no case without one. The free texts are
// stored sealed (`*_sealed`, AES-256-GCM, src/server/privacy/field-encryption.ts) and erased
// — the structured intake stays, for the figures — when consent is withdrawn or the retention
// period ends. `version` counts saves, for optimistic locking; `case_events` keeps what each
// save changed (field names, never text), which a conflicting save is told. Breakthroughs
// (doorbraken) say what unblocked a situation, which partners did it and when; actions
// (afspraken) who does what by when, and with what result — their texts sealed too.

export async function up(db: Kysely<unknown>): Promise<void> {
  // A district's checklist of risk signals for the intake, when its coordinator changed the
  // default (src/shared/schemas/cases.ts); JSON: [{ id, nl, en }].
  await db.schema
    .createTable('district_risk_signals')
    .addColumn('district_id', 'text', (column) =>
      column.primaryKey().references('districts.id').onDelete('cascade'),
    )
    .addColumn('signals', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('case_sequences')
    .addColumn('district_id', 'text', (column) =>
      column.notNull().references('districts.id').onDelete('cascade'),
    )
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('last_number', 'integer', (column) => column.notNull())
    .addPrimaryKeyConstraint('case_sequences_pk', ['district_id', 'year'])
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('network_group_id', 'text', (column) =>
      column.notNull().references('network_groups.id'),
    )
    .addColumn('district_id', 'text', (column) => column.notNull().references('districts.id'))
    .addColumn('holder_user_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('holder_organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('closure_reason', 'text')
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('consent_given_on', 'text', (column) => column.notNull())
    .addColumn('consent_form', 'text', (column) => column.notNull())
    .addColumn('consent_recorded_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('consent_recorded_at', 'text', (column) => column.notNull())
    .addColumn('consent_withdrawn_at', 'text')
    .addColumn('household', 'text', (column) => column.notNull())
    .addColumn('violence_forms', 'text', (column) => column.notNull())
    .addColumn('life_domains', 'text', (column) => column.notNull())
    .addColumn('involved_organisation_ids', 'text', (column) => column.notNull())
    .addColumn('risk_signals', 'text', (column) => column.notNull())
    .addColumn('urgency', 'text')
    .addColumn('question_sealed', 'text')
    .addColumn('description_sealed', 'text')
    .addColumn('intake_saved_at', 'text')
    .addColumn('narrative_erased_at', 'text')
    .addColumn('narrative_erasure_reason', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('cases_network_group')
    .on('cases')
    .columns(['network_group_id', 'status'])
    .execute();
  await db.schema.createIndex('cases_holder').on('cases').column('holder_user_id').execute();

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('cases.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.references('users.id'))
    .addColumn('changed_fields', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .addUniqueConstraint('case_events_version_unique', ['case_id', 'version'])
    .execute();

  await db.schema
    .createTable('case_breakthroughs')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('cases.id').onDelete('cascade'),
    )
    .addColumn('description_sealed', 'text')
    .addColumn('partner_organisation_ids', 'text', (column) => column.notNull())
    .addColumn('occurred_on', 'text', (column) => column.notNull())
    .addColumn('recorded_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('case_breakthroughs_case')
    .on('case_breakthroughs')
    .column('case_id')
    .execute();

  await db.schema
    .createTable('case_actions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('case_id', 'text', (column) =>
      column.notNull().references('cases.id').onDelete('cascade'),
    )
    .addColumn('text_sealed', 'text')
    .addColumn('owner_organisation_id', 'text', (column) =>
      column.notNull().references('organisations.id'),
    )
    .addColumn('owner_user_id', 'text', (column) => column.references('users.id'))
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('result_sealed', 'text')
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('case_actions_case').on('case_actions').column('case_id').execute();

  // The daily digest of actions: who does not want it, and who got it on which day (claimed
  // before sending, so two servers never both send).
  await db.schema
    .createTable('action_digest_opt_outs')
    .addColumn('user_id', 'text', (column) =>
      column.primaryKey().references('users.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('action_digests')
    .addColumn('user_id', 'text', (column) =>
      column.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('day', 'text', (column) => column.notNull())
    .addColumn('sent_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('action_digests_pk', ['user_id', 'day'])
    .execute();
  await db.schema
    .createIndex('case_actions_owner')
    .on('case_actions')
    .columns(['owner_organisation_id', 'status', 'due_on'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('action_digests').execute();
  await db.schema.dropTable('action_digest_opt_outs').execute();
  await db.schema.dropTable('case_actions').execute();
  await db.schema.dropTable('case_breakthroughs').execute();
  await db.schema.dropTable('case_events').execute();
  await db.schema.dropTable('cases').execute();
  await db.schema.dropTable('case_sequences').execute();
  await db.schema.dropTable('district_risk_signals').execute();
}
