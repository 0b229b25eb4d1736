import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { backupSqlite, restoreSqlite } from '../../server/db/sqlite-backup.js';
import { CliError } from '../cli-error.js';
import { withDatabase } from '../database.js';

const postgresHint =
  'On PostgreSQL use pg_dump and pg_restore (see README.md, "Running on PostgreSQL").';

export const backupCommand = () =>
  new Command('backup')
    .description('Copy the SQLite database to a file while the server keeps running.')
    .requiredOption('--to <file>', 'where to write the backup')
    .action(({ to }: { to: string }) =>
      // As it is: a backup must not change the database it copies (no migrations first).
      withDatabase(async ({ sqlite }) => {
        if (!sqlite) throw new CliError(postgresHint);
        await backupSqlite(sqlite, to);
        console.info(`Backup written to ${path.resolve(to)}.`);
      }),
    );

export const restoreCommand = () =>
  new Command('restore')
    .description('Replace the SQLite database with a backup. Stop the server first.')
    .requiredOption('--from <file>', 'the backup to restore')
    .action(async ({ from }: { from: string }) => {
      const { database } = loadConfig();
      if (database.engine !== 'sqlite') throw new CliError(postgresHint);
      await restoreSqlite(from, database.file);
      console.info(`Restored ${database.file} from ${path.resolve(from)}.`);
    });
