import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { totpCode } from '../src/server/auth/totp.js';
import type { Config } from '../src/server/config.js';
import { demoPassword, demoTotpSecret } from '../src/server/demo/demo-data.js';
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

export interface DemoServer {
  url: string;
  database: TestDatabase;
  stop(): Promise<void>;
}

/**
 * The real server with the demo seeded, on a free port, serving the freshly built web app, at
 * http://localhost:PORT — a host name, as passkeys (WebAuthn) need one; also its PUBLIC_URL.
 * `database` opens the same database, for a test that must look behind the API.
 */
export async function startDemoServer(settings: Partial<Config> = {}): Promise<DemoServer> {
  const testDatabase: TestDatabase = await createTestDatabase();
  const port = await freePort();
  const config = {
    ...testServerConfig(testDatabase.config, inject('webRoot')),
    host: 'localhost',
    port,
    publicUrl: `http://localhost:${port}`,
    ...settings,
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

/**
 * axe on the page as it is, at desktop width and at a phone's 390 px. With `screenshots` (a
 * folder and a name), a full-page screenshot of each width too, to look at.
 */
export async function expectAccessibleOnDesktopAndPhone(
  page: Page,
  screenshots?: { folder: string; name: string },
): Promise<void> {
  const shoot = (width: number) =>
    screenshots &&
    page.screenshot({
      path: `${screenshots.folder}/${screenshots.name}-${width}.png`,
      fullPage: true,
    });
  await expectNoAxeViolations(page);
  await shoot(1280);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await expectNoAxeViolations(page);
    await shoot(390);
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}

/** Collects what the page's console says about Content Security Policy violations. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  return violations;
}

export interface BrowserSuite {
  /** Chromium, once beforeAll has run. */
  readonly browser: Browser;
  /** The demo server, once beforeAll has run. */
  readonly server: DemoServer;
  /**
   * A page of its own for the test (the previous test's context closed first); after the test,
   * it must have reported no Content Security Policy violation.
   */
  freshPage(): Promise<Page>;
}

/**
 * Registers the hooks of a file of browser tests: the demo server and Chromium start before its
 * first test and stop after its last, whatever failed in between.
 */
export function browserSuite(
  /** Settings of the demo server beyond the defaults, e.g. `{ publicDirectory: true }`. */
  settings: Partial<Config> = {},
): BrowserSuite {
  let browser: Browser | undefined;
  let server: DemoServer | undefined;
  let context: BrowserContext | undefined;
  let cspViolations: string[] = [];

  beforeAll(async () => {
    // One after the other, so that afterAll can close whichever started if the other fails.
    server = await startDemoServer(settings);
    browser = await launchChromium();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(() => {
    // The app must run under the strict policy: a blocked script, style or image is a bug.
    expect(cspViolations).toEqual([]);
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} starts in beforeAll`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'demo server');
    },
    async freshPage() {
      await context?.close();
      context = await started(browser, 'browser').newContext();
      const page = await context.newPage();
      cspViolations = watchCsp(page);
      return page;
    },
  };
}

export interface SignedIn {
  context: BrowserContext;
  page: Page;
  /** Content Security Policy violations the console reported: there must be none. */
  cspViolations: string[];
}

/** A browser of its own for a demo user, signed in with password and the authenticator's code. */
export async function signInDemoUser(suite: BrowserSuite, email: string): Promise<SignedIn> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cspViolations = watchCsp(page);
  await page.goto(`${suite.server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByLabel('Code van 6 cijfers').fill(totpCode(demoTotpSecret, new Date()));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
  return { context, page, cspViolations };
}

/**
 * One demo user signed in for all the tests of the enclosing `describe` (a TOTP code works once
 * per user): signs in before its first test; after its last, checks that the console reported
 * no Content Security Policy violation and closes the browser. Read `page` inside the tests.
 */
export function signedInForTheseTests(
  suite: BrowserSuite,
  email: string,
  /** How long a step may wait, for scenarios that do much per test (playwright's default: 30 s). */
  options: { stepTimeoutMs?: number } = {},
): SignedIn {
  let signedIn: SignedIn | undefined;
  beforeAll(async () => {
    signedIn = await signInDemoUser(suite, email);
    if (options.stepTimeoutMs) signedIn.page.setDefaultTimeout(options.stepTimeoutMs);
  });
  afterAll(async () => {
    expect(signedIn?.cspViolations ?? []).toEqual([]);
    await signedIn?.context.close();
  });
  const started = (): SignedIn => {
    if (!signedIn) throw new Error(`${email} signs in in beforeAll`);
    return signedIn;
  };
  return {
    get context() {
      return started().context;
    },
    get page() {
      return started().page;
    },
    get cspViolations() {
      return started().cspViolations;
    },
  };
}
