import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from './config.js';
import { demoOrganisations } from './demo/demo-data.js';
import { startServer } from './main.js';
import { newDataKey } from './privacy/field-encryption.js';
import { testServerConfig } from './testing/test-config.js';
import { createTestDatabase, type TestDatabase } from './testing/test-database.js';

let testDatabase: TestDatabase;
let config: Config;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  config = testServerConfig(testDatabase.config);
});
afterAll(() => testDatabase.drop());

const organisationTotal = async (url: string) => {
  const response = await fetch(`${url}/api/v1/organisations`);
  return ((await response.json()) as { total: number }).total;
};

describe('starting the server', () => {
  it('migrates, seeds the demo into the empty database and serves the API over HTTP', async () => {
    const server = await startServer(config);
    try {
      const health = await fetch(`${server.url}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', database: config.database.engine });
      expect(await organisationTotal(server.url)).toBe(demoOrganisations.length);
    } finally {
      await server.stop();
    }
  });

  it('reuses the data on a second start and does not seed again', async () => {
    const seededAt = () =>
      testDatabase
        .open()
        .db.selectFrom('settings')
        .select('value')
        .where('key', '=', 'demo.seededAt')
        .executeTakeFirstOrThrow();
    const firstSeeding = await seededAt();
    const server = await startServer(config);
    try {
      expect(await seededAt()).toEqual(firstSeeding);
      expect(await organisationTotal(server.url)).toBe(demoOrganisations.length);
      const instance = await fetch(`${server.url}/api/v1/instance`);
      expect(await instance.json()).toMatchObject({ demo: true });
    } finally {
      await server.stop();
    }
  });

  it('does not start without a key that sealed texts in the database, and names it', async () => {
    // The demo's cases were sealed with the test key; this installation has another one only.
    const [sealed] = await testDatabase
      .open()
      .db.selectFrom('cases')
      .select('description_sealed')
      .where('description_sealed', 'is not', null)
      .execute();
    const keyId = sealed?.description_sealed?.split('.')[1];
    expect(keyId).toMatch(/^[0-9a-f]{12}$/);
    const otherKey = newDataKey();
    await expect(
      startServer({ ...config, dataKeys: { ...config.dataKeys, fromEnvironment: otherKey } }),
    ).rejects.toThrow(`sealed with data key ${keyId}, which this installation does not have`);
    // A value that is not sealed at all (a hand-made fix) names no key: it does not stop the
    // start, and nothing of it is printed as if it were one.
    const db = testDatabase.open().db;
    const [anyCase] = await db.selectFrom('cases').select(['id', 'question_sealed']).execute();
    await db
      .updateTable('cases')
      .set({ question_sealed: 'v1.hand-made text.by someone' })
      .where('id', '=', anyCase?.id ?? '')
      .execute();
    // With the old key after the new one, it starts.
    const server = await startServer({
      ...config,
      dataKeys: {
        ...config.dataKeys,
        fromEnvironment: `${otherKey},${config.dataKeys.fromEnvironment}`,
      },
    });
    await server.stop();
    await db
      .updateTable('cases')
      .set({ question_sealed: anyCase?.question_sealed ?? null })
      .where('id', '=', anyCase?.id ?? '')
      .execute();
  });

  it('says which port is taken instead of crashing', async () => {
    const first = await startServer(config);
    try {
      const port = Number(new URL(first.url).port);
      await expect(startServer({ ...config, port })).rejects.toThrow(
        `Port ${port} is already in use; set PORT to another port.`,
      );
    } finally {
      await first.stop();
    }
  });

  it('answers a page address with the API only and 404 when the web app is not built', async () => {
    const server = await startServer(config);
    try {
      const response = await fetch(`${server.url}/organisaties`);
      expect(response.status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
