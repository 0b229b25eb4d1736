import { Command } from 'commander';
import { auditService } from '../../server/audit/audit.service.js';
import { loadConfig } from '../../server/config.js';
import { casesService } from '../../server/modules/cases/cases.service.js';
import { riskSignalsService } from '../../server/modules/cases/risk-signals.service.js';
import {
  addKeyToFile,
  fieldCipher,
  type Keyring,
  loadKeyring,
} from '../../server/privacy/field-encryption.js';
import { piiService } from '../../server/privacy/pii.service.js';
import { withMigratedDatabase } from '../database.js';

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
        const clock = () => new Date();
        const audit = auditService(database.db, clock);
        const cases = casesService(database.db, {
          audit,
          pii: piiService(database.db, audit),
          cipher: fieldCipher(keyring),
          clock,
          retentionMonths: caseRetentionMonths,
          riskSignals: riskSignalsService(database.db, { audit, clock }),
        });
        const { resealed } = await cases.resealNarratives();
        console.info(
          `Encrypted ${resealed} value(s) again with key ${keyring.current.id}` +
            (dataKeys.fromEnvironment ? '.' : `, now first in ${dataKeys.keyFile}.`) +
            ' Restart the server to use it for new values.',
        );
      }),
    );

export const keysCommand = () =>
  new Command('keys')
    .description('The keys that encrypt case narratives.')
    .addCommand(rotateCommand());
