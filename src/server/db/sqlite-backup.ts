import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { servingProcess } from './server-marker.js';

/** Online backup of a live SQLite database: consistent even while the server writes. */
export async function backupSqlite(source: SqliteDatabase.Database, target: string): Promise<void> {
  await source.backup(path.resolve(target));
}

export class RestoreError extends Error {}

/**
 * Replaces the database file with a backup. The backup is checked first (a SQLite file, intact,
 * made by Schakel), copied beside the target and renamed over it, so a failure leaves the old
 * database in place. Refused while a server process serves the database.
 */
export async function restoreSqlite(backupFile: string, target: string): Promise<void> {
  if (!existsSync(backupFile)) throw new RestoreError(`No such file: ${backupFile}`);
  const server = servingProcess(target);
  if (server !== undefined) {
    throw new RestoreError(`The server (process ${server}) is using the database; stop it first.`);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  let backup: SqliteDatabase.Database;
  try {
    backup = new SqliteDatabase(backupFile, { readonly: true, fileMustExist: true });
  } catch {
    throw new RestoreError(`${backupFile} is not a SQLite database.`);
  }
  try {
    const integrity = (() => {
      try {
        return backup.pragma('integrity_check', { simple: true });
      } catch {
        return 'unreadable';
      }
    })();
    if (integrity !== 'ok')
      throw new RestoreError(`${backupFile} is not a SQLite database or is damaged.`);
    const madeBySchakel = backup
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!madeBySchakel) throw new RestoreError(`${backupFile} is not a Schakel database.`);
    const staging = `${target}.restoring`;
    rmSync(staging, { force: true });
    await backup.backup(staging);
    if (existsSync(target)) {
      // Fold the old write-ahead log into its file, so no stale log is applied to the new one.
      const old = new SqliteDatabase(target);
      old.pragma('wal_checkpoint(TRUNCATE)');
      old.close();
    }
    renameSync(staging, target);
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  } finally {
    backup.close();
  }
}
