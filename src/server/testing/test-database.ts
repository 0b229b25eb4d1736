import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

export interface TestDatabase {
  config: DatabaseConfig;
  /** Opens a connection (pool) to the test database; closed by `drop`. */
  open(): DatabaseHandle;
  /** Closes every connection opened here and removes the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: a SQLite file in a temporary folder, or — when
 * DATABASE_URL is set — a new PostgreSQL database beside the one it names, dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const handles: DatabaseHandle[] = [];
  const track = (config: DatabaseConfig) => () => {
    const handle = openDatabase(config);
    handles.push(handle);
    return handle;
  };
  const closeAll = () => Promise.all(handles.map((handle) => handle.close()));

  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'schakel-test-'));
    const config: DatabaseConfig = { engine: 'sqlite', file: path.join(dir, 'schakel.sqlite') };
    return {
      config,
      open: track(config),
      async drop() {
        await closeAll();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  const name = `schakel_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const config: DatabaseConfig = { engine: 'postgres', url: url.toString(), poolMax: 5 };
  return {
    config,
    open: track(config),
    async drop() {
      await closeAll();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A fresh database, migrated, with one open handle. */
export async function createMigratedDatabase(): Promise<{
  testDatabase: TestDatabase;
  database: DatabaseHandle;
}> {
  const testDatabase = await createTestDatabase();
  const database = testDatabase.open();
  await migrateToLatest(database.db);
  return { testDatabase, database };
}
