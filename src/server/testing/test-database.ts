import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { createPostgresDatabase } from './postgres-database.js';

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
  const open = (config: DatabaseConfig) => () => {
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
      open: open(config),
      async drop() {
        await closeAll();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  const postgres = await createPostgresDatabase(adminUrl, 'schakel_test');
  const config: DatabaseConfig = { engine: 'postgres', url: postgres.url, poolMax: 5 };
  return {
    config,
    open: open(config),
    async drop() {
      await closeAll();
      await postgres.drop();
    },
  };
}

/** A fresh database, migrated, with one open handle. */
export async function createMigratedDatabase(): Promise<{
  testDatabase: TestDatabase;
  database: DatabaseHandle;
}> {
  const testDatabase = await createTestDatabase();
  try {
    const database = testDatabase.open();
    await migrateToLatest(database.db);
    return { testDatabase, database };
  } catch (error) {
    await testDatabase.drop();
    throw error;
  }
}
