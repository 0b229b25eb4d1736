import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { demoPassword } from '../src/server/demo/demo-data.js';
import { browserSuite, expectNoAxeViolations } from './browser.js';

const analyst = 'analist@demo.schakel.example';
const farah = 'farah@demo.schakel.example';
// Made to have no second factor below, to set up a passkey instead of the app.
const coordinator = 'coordinator.zo@demo.schakel.example';

const suite = browserSuite();
const contexts: BrowserContext[] = [];

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

interface Device {
  page: Page;
  cdp: CDPSession;
  authenticatorId: string;
}

/**
 * A fresh browser with Chromium's virtual authenticator: a platform authenticator (like a laptop's
 * fingerprint reader) that verifies the user at once. It starts without any passkey.
 */
async function deviceWithAuthenticator(
  options: { viewport?: { width: number; height: number }; isMobile?: boolean } = {},
): Promise<Device> {
  const context = await suite.browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { page, cdp, authenticatorId };
}

const passkeysOn = async ({ cdp, authenticatorId }: Device) =>
  (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;

/** The text of whatever has the keyboard focus now. */
const focusedText = (on: Page) => on.evaluate(() => document.activeElement?.textContent ?? '');

const nameInHeader = (on: Page, name: string) =>
  on.getByRole('banner').getByText(name).filter({ visible: true });

async function fillPasswordStep(on: Page, email: string) {
  await on.goto(`${suite.server.url}/inloggen`);
  await on.getByLabel('E-mailadres').fill(email);
  await on.getByLabel('Wachtwoord').fill(demoPassword);
  await on.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

describe('passkeys', () => {
  it('the analyst adds a passkey, signs in with it alone, and removes it', async () => {
    const device = await deviceWithAuthenticator();
    const { page } = device;
    await fillPasswordStep(page, analyst);
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Mijn sessies' }).click();
    const section = page.getByRole('region', { name: 'Passkeys' });
    await section.getByText('U heeft nog geen passkey.').waitFor();
    await section.getByText('Een passkey is een sleutel op uw telefoon of computer.').waitFor();

    // No name: the NL Design System error pattern, as on every form.
    await section.getByRole('button', { name: 'Passkey toevoegen' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul een naam in voor de passkey.');
    expect(await page.title()).toBe('(1 invoerfout) Mijn sessies – Schakel');
    expect(await page.getByLabel('Naam van de passkey').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);

    await page.getByLabel('Naam van de passkey').fill('Laptop');
    await section.getByRole('button', { name: 'Passkey toevoegen' }).click();
    await expect.poll(() => focusedText(page)).toContain('De passkey ‘Laptop’ is toegevoegd');
    expect(await page.title()).toBe('Mijn sessies – Schakel');
    const list = section.getByRole('list', { name: 'Uw passkeys' });
    await list.getByRole('heading', { name: 'Laptop' }).waitFor();
    await list.getByText('Nog niet gebruikt om in te loggen').waitFor();
    expect(await page.getByLabel('Naam van de passkey').inputValue()).toBe('');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/passkeys-added.png', fullPage: true });
    const [credential] = await passkeysOn(device);
    expect(credential?.isResidentCredential).toBe(true);

    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'U bent uitgelogd' }).waitFor();

    // The passkey alone: no e-mail address, no password.
    await page.getByRole('button', { name: 'Inloggen met een passkey' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    await nameInHeader(page, 'Demo Analist').waitFor();

    await page.getByRole('banner').getByRole('link', { name: 'Mijn sessies' }).click();
    await list.getByText(/Laatst gebruikt: /).waitFor();
    await section.getByRole('button', { name: 'Passkey verwijderen: Laptop' }).click();
    await expect.poll(() => focusedText(page)).toContain('De passkey ‘Laptop’ is verwijderd');
    await section.getByText('U heeft nog geen passkey.').waitFor();
    await expectNoAxeViolations(page);

    // The key is still on the device, but Schakel no longer knows it: said calmly.
    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'U bent uitgelogd' }).waitFor();
    await page.getByRole('button', { name: 'Inloggen met een passkey' }).click();
    await expect.poll(() => focusedText(page)).toContain('Schakel kent deze passkey niet');
    await page.getByRole('heading', { name: 'Inloggen bij Schakel' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('Farah chooses a passkey at the code step but has none: a calm message, and the code still works', async () => {
    const { page } = await deviceWithAuthenticator();
    await fillPasswordStep(page, farah);
    await page.getByRole('heading', { name: 'Vul de code uit uw app in' }).waitFor();
    const section = page.getByRole('region', { name: 'Of gebruik een passkey' });
    await expectNoAxeViolations(page);

    await section.getByRole('button', { name: 'Gebruik een passkey' }).click();
    const calm = section.getByRole('heading', {
      name: /U bent niet ingelogd met een passkey|Schakel kent deze passkey niet/,
    });
    await calm.waitFor();
    await expect.poll(() => focusedText(page)).toMatch(/passkey/);
    // Not an error: no error summary, no error in the title, and the code step is still there.
    expect(await page.getByRole('heading', { name: /Verbeter de fout/ }).count()).toBe(0);
    expect(await page.title()).toBe('Code invullen – Schakel');
    await page.getByLabel('Code van 6 cijfers').waitFor();
    await section.getByText('vul de code uit uw app in').waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/passkey-code-step-none.png', fullPage: true });
  });

  it('a coordinator without a second step sets up a passkey instead of the app, and signs in with password and passkey', async () => {
    const handle = suite.server.database.open();
    await handle.db
      .updateTable('users')
      .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null })
      .where('email', '=', coordinator)
      .execute();

    const device = await deviceWithAuthenticator();
    const { page } = device;
    await fillPasswordStep(page, coordinator);
    await page.getByRole('heading', { name: 'Stel een authenticator-app in' }).waitFor();
    const section = page.getByRole('region', { name: 'Liever een passkey?' });
    await page.getByRole('link', { name: 'Stel dan een passkey in' }).click();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/passkey-instead-of-app.png', fullPage: true });

    await section.getByLabel('Naam van de passkey').fill('Werklaptop');
    await section.getByRole('button', { name: 'Stel een passkey in' }).click();
    await page.getByRole('heading', { name: 'Uw passkey is ingesteld', level: 1 }).waitFor();
    expect(await focusedText(page)).toBe('Uw passkey is ingesteld');
    expect(await page.title()).toBe('Passkey ingesteld – Schakel');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/passkey-enrolled.png', fullPage: true });
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    await nameInHeader(page, 'Coördinator Zuidoost').waitFor();
    expect(await passkeysOn(device)).toHaveLength(1);

    // Next time: the password, then the passkey as the second step (there is no app).
    await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'U bent uitgelogd' }).waitFor();
    await fillPasswordStep(page, coordinator);
    await page.getByRole('heading', { name: 'Log in met uw passkey' }).waitFor();
    expect(await page.title()).toBe('Passkey gebruiken – Schakel');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Gebruik een passkey' }).click();
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    await nameInHeader(page, 'Coördinator Zuidoost').waitFor();
  });
});

describe('passkeys on a phone', () => {
  it('shows the sign-in page and the passkeys section without axe violations at 390px', async () => {
    const { page } = await deviceWithAuthenticator({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    await page.goto(`${suite.server.url}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen met een passkey' }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/passkey-sign-in-phone.png', fullPage: true });

    // No passkey on this phone yet: the calm message, not an error.
    await page.getByRole('button', { name: 'Inloggen met een passkey' }).click();
    await page.getByRole('heading', { name: 'U bent niet ingelogd met een passkey' }).waitFor();
    await expectNoAxeViolations(page);

    await fillPasswordStep(page, analyst);
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    await page.goto(`${suite.server.url}/mijn-sessies`);
    const section = page.getByRole('region', { name: 'Passkeys' });
    await page.getByLabel('Naam van de passkey').fill('Telefoon');
    await section.getByRole('button', { name: 'Passkey toevoegen' }).click();
    await section.getByRole('heading', { name: 'Telefoon', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/passkeys-phone.png', fullPage: true });
    const hasSidewaysScroll = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(hasSidewaysScroll).toBe(false);
  });
});
