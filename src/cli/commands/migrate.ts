import { Command } from 'commander';
import { withMigratedDatabase } from '../database.js';

export const migrateCommand = () =>
  new Command('migrate')
    .description('Apply pending database migrations (start-up does this too).')
    .action(() =>
      withMigratedDatabase(async (database, applied) => {
        console.info(
          applied.length === 0
            ? `The ${database.engine} database is up to date.`
            : `Applied ${applied.length} migration(s) to the ${database.engine} database: ${applied.join(', ')}.`,
        );
      }),
    );
