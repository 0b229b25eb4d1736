import { Command } from 'commander';
import { ConfigError } from '../server/config.js';
import { MigrationError } from '../server/db/migrate.js';
import { RestoreError } from '../server/db/sqlite-backup.js';
import { ListenError } from '../server/main.js';
import { KeyringError } from '../server/privacy/field-encryption.js';
import { version } from '../server/version.js';
import { CliError } from './cli-error.js';
import { auditCommand } from './commands/audit.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { keysCommand } from './commands/keys.js';
import { migrateCommand } from './commands/migrate.js';
import { piiCommand } from './commands/pii.js';
import { seedDemoCommand } from './commands/seed-demo.js';
import { serveCommand } from './commands/serve.js';

const program = new Command()
  .name('schakel')
  .description(
    'Schakel: collaboration platform for the approach to domestic violence and child abuse.\n' +
      'Configuration comes from environment variables; see README.md.',
  )
  .version(version)
  .showHelpAfterError();

program.addCommand(serveCommand());
program.addCommand(migrateCommand());
program.addCommand(seedDemoCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());
program.addCommand(auditCommand());
program.addCommand(piiCommand());
program.addCommand(keysCommand());

try {
  await program.parseAsync();
} catch (error) {
  const fixable = [ConfigError, CliError, MigrationError, RestoreError, ListenError, KeyringError];
  if (fixable.some((kind) => error instanceof kind)) {
    console.error((error as Error).message);
    process.exit(1);
  }
  throw error;
}
