import { Command } from 'commander';
import { seedDemo } from '../../server/demo/seed-demo.js';
import { withMigratedDatabase } from '../database.js';

export const seedDemoCommand = () =>
  new Command('seed-demo')
    .description(
      'Fill an empty database with the fictional demo (districts, organisations, users).',
    )
    .action(() =>
      withMigratedDatabase(async (database) => {
        const result = await seedDemo(database.db, database.engine);
        console.info(
          result.seeded
            ? `Seeded the demo: ${result.districts} districts, ${result.organisations} organisations, ${result.users} users (logins: README.md).`
            : 'The database already holds data; the demo was not seeded.',
        );
      }),
    );
