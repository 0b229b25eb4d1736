import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { startServer } from '../src/server/main.js';
import { freePort } from '../src/server/testing/free-port.js';
import { testServerConfig } from '../src/server/testing/test-config.js';
import { createTestDatabase, type TestDatabase } from '../src/server/testing/test-database.js';

/** Debian's chromium with the flags this machine needs: no sandbox as root, no network chatter. */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set (see vitest.config.ts)');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The real server with the demo seeded, on a free port, serving the freshly built web app, at
 * http://localhost:PORT — a host name, as passkeys (WebAuthn) need one; also its PUBLIC_URL.
 * `database` opens the same database, for a test that must look behind the API.
 */
export async function startDemoServer(): Promise<{
  url: string;
  database: TestDatabase;
  stop(): Promise<void>;
}> {
  const testDatabase: TestDatabase = await createTestDatabase();
  const port = await freePort();
  const config = {
    ...testServerConfig(testDatabase.config, inject('webRoot')),
    host: 'localhost',
    port,
    publicUrl: `http://localhost:${port}`,
  };
  const server = await startServer(config).catch(async (error: unknown) => {
    await testDatabase.drop();
    throw error;
  });
  return {
    url: server.url,
    database: testDatabase,
    async stop() {
      await server.stop();
      await testDatabase.drop();
    },
  };
}

/** Runs axe on the page as it is now and fails with the rules that were broken. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
  );
  expect(summary).toEqual([]);
}
