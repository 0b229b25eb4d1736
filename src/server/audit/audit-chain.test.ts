import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { createMigratedDatabase, type TestDatabase } from '../testing/test-database.js';
import { auditService } from './audit.service.js';
import { entryHash } from './chain.js';

let testDatabase: TestDatabase | undefined;
afterEach(async () => {
  await testDatabase?.drop();
  testDatabase = undefined;
});

const clock = () => new Date('2026-11-28T10:00:00Z');
const source = { client: { clientAddress: '192.0.2.7', userAgent: 'test', requestId: 'r-1' } };

/** A migrated database with `count` audit entries. */
async function trailOf(count: number) {
  const created = await createMigratedDatabase();
  testDatabase = created.testDatabase;
  const audit = auditService(created.database.db, clock);
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      audit.recordNow(source, { action: 'test.entry', resource: { type: 'test', id: String(i) } }),
    ),
  );
  return { ...created, audit };
}

/** Changes the trail behind the application's back, as someone with database access could. */
async function tamper(database: DatabaseHandle, work: (db: Kysely<Database>) => Promise<void>) {
  const { db } = database;
  if (database.engine === 'postgres') {
    await inTransaction(db, async (trx) => {
      await sql`alter table audit_entries disable trigger user`.execute(trx);
      await work(trx);
      await sql`alter table audit_entries enable trigger user`.execute(trx);
    });
  } else {
    await sql`drop trigger audit_entries_no_update`.execute(db);
    await sql`drop trigger audit_entries_no_delete`.execute(db);
    await work(db);
  }
}

/** `schakel audit verify` against the test database, as an operator runs it. */
function verifyFromCli(database: TestDatabase) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const environment =
    database.config.engine === 'sqlite'
      ? { SCHAKEL_DATA_DIR: path.dirname(database.config.file) }
      : { DATABASE_URL: database.config.url };
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'verify'],
    {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...inherited, LOG_LEVEL: 'silent', ...environment },
    },
  );
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('the audit trail', () => {
  it('is intact after many parallel entries, and `schakel audit verify` says so (exit 0)', async () => {
    const { audit, testDatabase: database } = await trailOf(40);
    expect(await audit.verify()).toMatchObject({ intact: true, count: 40, head: { seq: 40 } });
    const cli = verifyFromCli(database);
    expect(cli).toMatchObject({ code: 0 });
    expect(cli.stdout).toMatch(/intact: 40 entries\. Last entry #40, hash [0-9a-f]{64}/);
  });

  it('refuses to change or remove an entry', async () => {
    const { database } = await trailOf(3);
    await expect(
      database.db
        .updateTable('audit_entries')
        .set({ outcome: 'failure' })
        .where('seq', '=', 2)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      database.db.deleteFrom('audit_entries').where('seq', '=', 2).execute(),
    ).rejects.toThrow(/append-only/);
    expect((await database.db.selectFrom('audit_entries').select('seq').execute()).length).toBe(3);
  });

  it('names an entry that was changed (exit 1)', async () => {
    const { database, audit, testDatabase: handle } = await trailOf(10);
    await tamper(database, (db) =>
      db
        .updateTable('audit_entries')
        .set({ user_agent: 'ander' })
        .where('seq', '=', 4)
        .execute()
        .then(() => {}),
    );
    expect(await audit.verify()).toMatchObject({
      intact: false,
      count: 3,
      broken: { seq: 4, reason: 'entry #4 was changed: its fields do not match its hash' },
    });
    const cli = verifyFromCli(handle);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toBe(
      'The audit trail is broken: entry #4 was changed: its fields do not match its hash. 3 entries before it are intact.',
    );
  });

  it('names a change whose hash was recomputed, at the entry after it', async () => {
    const { database, audit } = await trailOf(10);
    const entry = await database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('seq', '=', 6)
      .executeTakeFirstOrThrow();
    const forged = { ...entry, outcome: 'failure' as const };
    await tamper(database, (db) =>
      db
        .updateTable('audit_entries')
        .set({ outcome: forged.outcome, hash: entryHash(forged) })
        .where('seq', '=', 6)
        .execute()
        .then(() => {}),
    );
    expect(await audit.verify()).toMatchObject({
      intact: false,
      broken: { seq: 7, reason: expect.stringContaining('entry #7 does not follow entry #6') },
    });
  });

  it('names an entry that was removed', async () => {
    const { database, audit } = await trailOf(10);
    await tamper(database, (db) =>
      db
        .deleteFrom('audit_entries')
        .where('seq', '=', 5)
        .execute()
        .then(() => {}),
    );
    expect(await audit.verify()).toMatchObject({
      intact: false,
      count: 4,
      broken: { seq: 5, reason: 'entry #5 was removed' },
    });
  });

  it('names an entry that was inserted, even when the later ones were renumbered', async () => {
    const { database, audit } = await trailOf(10);
    const previous = await database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('seq', '=', 3)
      .executeTakeFirstOrThrow();
    await tamper(database, async (db) => {
      // Make room at #4, in two steps so that no number is taken twice on the way.
      await db
        .updateTable('audit_entries')
        .set((eb) => ({ seq: eb('seq', '+', 1000) }))
        .where('seq', '>=', 4)
        .execute();
      await db
        .updateTable('audit_entries')
        .set((eb) => ({ seq: eb('seq', '-', 999) }))
        .where('seq', '>=', 1000)
        .execute();
      const forged = {
        ...previous,
        seq: 4,
        action: 'sign-in.password',
        request_id: 'forged',
        prev_hash: previous.hash,
      };
      await db
        .insertInto('audit_entries')
        .values({ ...forged, hash: entryHash(forged) })
        .execute();
    });
    expect(await audit.verify()).toMatchObject({
      intact: false,
      count: 4,
      broken: { seq: 4, reason: 'entry #4 was inserted (the entries after it were renumbered)' },
    });
  });

  it('stays one unbroken chain under concurrent writers', async () => {
    const { testDatabase: handle, database } = await trailOf(0);
    // PostgreSQL: four pools, as four servers would have. SQLite: one process has one
    // connection (its writers queue on it); a second in the same thread would only block it.
    const writers =
      database.engine === 'postgres'
        ? [database, handle.open(), handle.open(), handle.open()]
        : [database, database, database, database];
    await Promise.all(
      writers.flatMap((writer, w) =>
        Array.from({ length: 30 }, (_, i) => {
          const audit = auditService(writer.db, clock);
          const event = { action: 'test.concurrent', resource: { type: 'test', id: `${w}-${i}` } };
          // Half inside a transaction of their own (a change), half grouped (a read).
          return i % 2 === 0
            ? inTransaction(writer.db, (trx) => audit.record(trx, source, event))
            : audit.recordNow(source, event);
        }),
      ),
    );
    expect(await auditService(database.db, clock).verify()).toMatchObject({
      intact: true,
      count: 120,
    });
  });
});
