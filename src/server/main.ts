import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { markServing } from './db/server-marker.js';
import { seedDemo } from './demo/seed-demo.js';
import { startPeriodicJobs } from './jobs/periodic-jobs.js';
import { indexMissingDirectoryEntries } from './modules/directory/directory.service.js';
import { fieldCipher, KeyringError, loadKeyring } from './privacy/field-encryption.js';

/** The built web app sits beside the server: dist/web next to dist/server. */
export const defaultWebRoot = fileURLToPath(new URL('../web', import.meta.url));

/** The address to print: a wildcard host is reached as localhost on this machine. */
function printableUrl(host: string, port: string): string {
  if (host === '0.0.0.0' || host === '::') return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The port cannot be used: taken by another program, or not ours to take. */
export class ListenError extends Error {}

/** config → database → app → listen. Returns a function that stops it all. */
export async function startServer(config: Config): Promise<{ url: string; stop(): Promise<void> }> {
  const database = openDatabase(config.database);
  let app: FastifyInstance | undefined;
  let unmark = () => {};
  let stopJobs = async () => {};
  const stop = async () => {
    await stopJobs();
    await app?.close();
    await database.close();
    unmark();
  };
  try {
    await migrateToLatest(database.db);
    const readKeys = () =>
      loadKeyring({ dataKey: config.dataKeys.fromEnvironment, keyFile: config.dataKeys.keyFile });
    const keyring = readKeys();
    const seed = config.seedDemo
      ? await seedDemo(database.db, database.engine, fieldCipher(keyring))
      : undefined;
    await indexMissingDirectoryEntries(database.db);
    app = await buildApp({
      config: { ...config, webRoot: config.webRoot ?? defaultWebRoot },
      database,
      keyring,
      serviceOptions: { reloadKeys: readKeys },
    });
    // Texts sealed with a key this installation lacks could not be read: say so, and stop.
    const missing = await app.services.cases.missingKeyIds();
    if (missing.length > 0) {
      const where = config.dataKeys.fromEnvironment
        ? 'in SCHAKEL_DATA_KEY (comma-separated, after the current key)'
        : `in the key file ${config.dataKeys.keyFile} (restored from the backup of the keys)`;
      throw new KeyringError(
        `Texts in the database were sealed with data key ${missing.join(', ')}, which this ` +
          `installation does not have. Put the key back ${where}. A key lost for good: ` +
          '`schakel keys forget <key-id> --erase` erases the texts it sealed.',
      );
    }
    const address = await listen(app, config);
    if (config.database.engine === 'sqlite') unmark = markServing(config.database.file);
    const { services, log } = app;
    stopJobs = startPeriodicJobs(
      [
        {
          name: 'directory-reminders',
          run: () => services.directoryReminders.remindUnconfirmedEntries(),
        },
        { name: 'case-retention', run: () => services.cases.eraseExpiredNarratives() },
        { name: 'action-digest', run: () => services.actionDigest.sendDigests() },
      ],
      { log: (level, message, fields) => log[level](fields, message) },
    );
    app.log.info(
      { database: database.engine, demoSeeded: seed?.seeded ?? false },
      'Schakel is listening',
    );
    return { url: printableUrl(config.host, new URL(address).port), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function listen(app: FastifyInstance, { host, port }: Config): Promise<string> {
  try {
    return await app.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new ListenError(`Port ${port} is already in use; set PORT to another port.`);
    }
    if (code === 'EACCES') throw new ListenError(`Port ${port} may not be used by this user.`);
    if (code === 'ENOTFOUND' || code === 'EADDRNOTAVAIL') {
      throw new ListenError(`HOST ${host} is not an address of this machine.`);
    }
    throw error;
  }
}
