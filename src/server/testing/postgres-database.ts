import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty PostgreSQL database on the server that `adminUrl` points at, for one test file
 * or one benchmark run. It sorts text as a Dutch server would (ICU `nl-NL`), so a query that
 * depends on the server's locale shows it in the tests; servers without ICU get the default.
 */
export async function createPostgresDatabase(
  adminUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, async (client) => {
    try {
      await client.query(
        `create database ${name} template template0 locale_provider icu icu_locale 'nl-NL' locale 'C.UTF-8'`,
      );
    } catch {
      await client.query(`create database ${name}`);
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await withClient(adminUrl, (client) =>
        client.query(`drop database if exists ${name} with (force)`),
      );
    },
  };
}
