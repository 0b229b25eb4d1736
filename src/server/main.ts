import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemo } from './demo/seed-demo.js';

/** The built web app sits beside the server: dist/web next to dist/server. */
export const defaultWebRoot = fileURLToPath(new URL('../web', import.meta.url));

/** The address to print: a wildcard host is reached as localhost on this machine. */
function publicUrl(host: string, port: string): string {
  if (host === '0.0.0.0' || host === '::') return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** config → database → app → listen. Returns a function that stops it all. */
export async function startServer(config: Config): Promise<{ url: string; stop(): Promise<void> }> {
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const seed = config.seedDemo ? await seedDemo(database.db, database.engine) : undefined;
    const app = await buildApp({
      config: { ...config, webRoot: config.webRoot ?? defaultWebRoot },
      database,
    });
    const address = await app.listen({ host: config.host, port: config.port });
    const url = publicUrl(config.host, new URL(address).port);
    app.log.info(
      { database: database.engine, demoSeeded: seed?.seeded ?? false },
      'Schakel is listening',
    );
    return {
      url,
      async stop() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
