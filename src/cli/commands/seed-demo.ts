import { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { seedDemo } from '../../server/demo/seed-demo.js';
import { fieldCipher, loadKeyring } from '../../server/privacy/field-encryption.js';
import { withMigratedDatabase } from '../database.js';

export const seedDemoCommand = () =>
  new Command('seed-demo')
    .description(
      'Fill an empty database with the fictional demo (districts, organisations, users, ' +
        'cases; their texts encrypted with the data key, created if there is none yet).',
    )
    .action(() =>
      withMigratedDatabase(async (database) => {
        const { dataKeys } = loadConfig();
        const keyring = loadKeyring({
          dataKey: dataKeys.fromEnvironment,
          keyFile: dataKeys.keyFile,
        });
        const result = await seedDemo(database.db, database.engine, fieldCipher(keyring));
        console.info(
          result.seeded
            ? `Seeded the demo: ${result.districts} districts, ${result.organisations} organisations, ${result.users} users, ${result.cases} cases (logins: README.md).`
            : 'The database already holds data; the demo was not seeded.',
        );
      }),
    );
