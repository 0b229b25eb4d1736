import { Command } from 'commander';
import { auditService } from '../../server/audit/audit.service.js';
import { CliError } from '../cli-error.js';
import { withMigratedDatabase } from '../database.js';

const verifyCommand = () =>
  new Command('verify')
    .description(
      'Follow the hash chain of the audit trail from the first entry. Exits 0 when it is ' +
        'intact, 1 naming the first entry that was changed, removed or inserted.',
    )
    .action(() =>
      withMigratedDatabase(async (database) => {
        const result = await auditService(database.db, () => new Date()).verify();
        if (!result.intact) {
          throw new CliError(
            `The audit trail is broken: ${result.broken.reason}. ` +
              `${result.count} entries before it are intact.`,
          );
        }
        console.info(
          result.head
            ? `The audit trail is intact: ${result.count} entries. Last entry #${result.head.seq}, ` +
                `hash ${result.head.hash}. Keep this line: entries removed from the end ` +
                'can only be noticed by comparing with an earlier head.'
            : 'The audit trail is empty.',
        );
      }),
    );

export const auditCommand = () =>
  new Command('audit').description('The audit trail.').addCommand(verifyCommand());
