import { Command } from 'commander';
import { auditService } from '../../server/audit/audit.service.js';
import { loadConfig } from '../../server/config.js';
import type { DatabaseHandle } from '../../server/db/database.js';
import { casesService } from '../../server/modules/cases/cases.service.js';
import { riskSignalsService } from '../../server/modules/cases/risk-signals.service.js';
import {
  addKeyToFile,
  fieldCipher,
  isKeyId,
  type Keyring,
  loadKeyring,
} from '../../server/privacy/field-encryption.js';
import { piiService } from '../../server/privacy/pii.service.js';
import { CliError } from '../cli-error.js';
import { withMigratedDatabase } from '../database.js';

/** The cases service as the commands need it: with the keys they read, the clock of now. */
function casesWith(database: DatabaseHandle, keyring: Keyring, retentionMonths: number) {
  const clock = () => new Date();
  const audit = auditService(database.db, clock);
  return casesService(database.db, {
    audit,
    pii: piiService(database.db, audit),
    cipher: fieldCipher(keyring),
    clock,
    retentionMonths,
    riskSignals: riskSignalsService(database.db, { audit, clock }),
  });
}

const rotateCommand = () =>
  new Command('rotate')
    .description(
      'Encrypt the case narratives again with a new key. With a key file, adds a new key in ' +
        'front of the others first; with SCHAKEL_DATA_KEY, put the new key first yourself ' +
        '(keep the older ones after it). Restart the server afterwards: it reads the keys at ' +
        'start. Remove an older key only when no backup still needs it.',
    )
    .action(() =>
      withMigratedDatabase(async (database) => {
        const { dataKeys, caseRetentionMonths } = loadConfig();
        const keyring: Keyring = dataKeys.fromEnvironment
          ? loadKeyring({ dataKey: dataKeys.fromEnvironment, keyFile: dataKeys.keyFile })
          : addKeyToFile(dataKeys.keyFile);
        const { resealed } = await casesWith(
          database,
          keyring,
          caseRetentionMonths,
        ).resealNarratives();
        console.info(
          `Encrypted ${resealed} value(s) again with key ${keyring.current.id}` +
            (dataKeys.fromEnvironment ? '.' : `, now first in ${dataKeys.keyFile}.`) +
            ' Restart the server to use it for new values.',
        );
      }),
    );

const forgetCommand = () =>
  new Command('forget')
    .argument('<key-id>', 'the id of the lost key, as the server named it at start')
    .option('--erase', 'erase the texts it sealed (without it: only count them)')
    .description(
      'For a data key that is lost for good: the texts it sealed can never be read again. ' +
        'Counts them; with --erase, erases them (the cases and their structure stay, audited) ' +
        'so that the server starts again. Look for the key in every backup first.',
    )
    .action((keyId: string, options: { erase?: boolean }) =>
      withMigratedDatabase(async (database) => {
        if (!isKeyId(keyId)) throw new CliError(`${keyId} is not a key id (12 hex digits).`);
        const { dataKeys, caseRetentionMonths } = loadConfig();
        const keyring = loadKeyring({
          dataKey: dataKeys.fromEnvironment,
          keyFile: dataKeys.keyFile,
        });
        if (keyring.byId.has(keyId)) {
          throw new CliError(
            `Key ${keyId} is configured: its texts can be read, nothing to forget.`,
          );
        }
        const erase = options.erase === true;
        const { texts } = await casesWith(database, keyring, caseRetentionMonths).forgetKey(
          keyId,
          erase,
        );
        console.info(
          erase
            ? `Erased ${texts} text(s) sealed with key ${keyId}.`
            : `${texts} text(s) were sealed with key ${keyId}. Run again with --erase to erase them.`,
        );
      }),
    );

export const keysCommand = () =>
  new Command('keys')
    .description('The keys that encrypt case narratives.')
    .addCommand(rotateCommand())
    .addCommand(forgetCommand());
