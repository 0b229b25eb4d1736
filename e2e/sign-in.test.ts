import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { totpCode } from '../src/server/auth/totp.js';
import { demoPassword, demoTotpSecret } from '../src/server/demo/demo-data.js';
import { browserSuite, expectNoAxeViolations } from './browser.js';

// A TOTP code works once per user: each demo user signs in with a code at most once in this file.
const kiki = 'kiki@demo.schakel.example';
const analyst = 'analist@demo.schakel.example';
const farah = 'farah@demo.schakel.example';

const suite = browserSuite();
let page: Page;

beforeEach(async () => {
  page = await suite.freshPage();
});

/** The user's name as the header shows it (on wide windows: beside "Uitloggen"). */
const nameInHeader = (on: Page, name: string) =>
  on.getByRole('banner').getByText(name).filter({ visible: true });

/** The text of whatever has the keyboard focus now. */
const focusedText = (on: Page) => on.evaluate(() => document.activeElement?.textContent ?? '');

async function fillPasswordStep(on: Page, email: string, password: string) {
  await on.goto(`${suite.server.url}/inloggen`);
  await on.getByLabel('E-mailadres').fill(email);
  await on.getByLabel('Wachtwoord').fill(password);
  await on.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

describe('signing in', () => {
  it('says neutrally that the e-mail address or password is wrong: focused, counted, accessible', async () => {
    await fillPasswordStep(page, kiki, 'Niet-het-goede-wachtwoord');
    const summary = page.getByRole('heading', { name: 'Verbeter de fout voor u verder gaat' });
    await summary.waitFor();
    const message = 'Het e-mailadres of het wachtwoord klopt niet.';
    await expect.poll(() => focusedText(page)).toContain(message);
    expect(await page.title()).toBe('(1 invoerfout) Inloggen – Schakel');
    // The message beside the field, and the field marked invalid and emptied.
    const password = page.getByLabel('Wachtwoord');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.inputValue()).toBe('');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy}`).textContent()).toContain(message);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/sign-in-error.png', fullPage: true });

    // From the summary, the keyboard leads to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('password');
  });

  it('checks the fields before sending: each message beside its field', async () => {
    await page.goto(`${suite.server.url}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { name: 'Verbeter de fouten voor u verder gaat' }).waitFor();
    expect(await page.title()).toBe('(2 invoerfouten) Inloggen – Schakel');
    await page.getByRole('link', { name: 'Vul uw e-mailadres in.' }).waitFor();
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page);
  });

  it('signs Kiki in with password and code, shows her sessions, and signs her out', async () => {
    // Another, half-finished session of Kiki's elsewhere, to end from the list.
    const elsewhere = await fetch(`${suite.server.url}/api/v1/session`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-protection': '1',
        'user-agent':
          'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
      },
      body: JSON.stringify({ email: kiki, password: demoPassword }),
    });
    expect(elsewhere.status).toBe(200);

    await fillPasswordStep(page, kiki, demoPassword);
    await page.getByRole('heading', { name: 'Vul de code uit uw app in' }).waitFor();
    expect(await page.title()).toBe('Code invullen – Schakel');
    const code = page.getByLabel('Code van 6 cijfers');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/sign-in-code.png', fullPage: true });

    // A wrong code first: the message beside the field, focused in the summary.
    await code.fill('aaaa-bbbb-cccc');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect.poll(() => focusedText(page)).toContain('Deze code klopt niet.');
    expect(await page.title()).toBe('(1 invoerfout) Code invullen – Schakel');

    await code.fill(totpCode(demoTotpSecret, new Date()));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    const header = page.getByRole('banner');
    await nameInHeader(page, 'Kiki (demo)').waitFor();
    await header.getByRole('button', { name: 'Uitloggen' }).waitFor();

    await header.getByRole('link', { name: 'Mijn sessies' }).click();
    await page.getByRole('heading', { name: 'Mijn sessies', level: 1 }).waitFor();
    expect(await page.title()).toBe('Mijn sessies – Schakel');
    await page.getByText('Deze sessie').waitFor();
    await page.getByRole('heading', { name: 'Firefox op Windows' }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/my-sessions.png', fullPage: true });

    await page.getByRole('button', { name: /^Sessie beëindigen: Firefox op Windows/ }).click();
    await expect.poll(() => focusedText(page)).toContain('De sessie is beëindigd');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Firefox op Windows' }).count())
      .toBe(0);

    // New recovery codes, shown once.
    await page.getByRole('button', { name: 'Nieuwe herstelcodes maken' }).click();
    const codes = page.getByRole('list', { name: 'Uw herstelcodes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    expect(await focusedText(page)).toBe('Bewaar uw herstelcodes');
    const recoveryCode = (await codes.first().textContent()) ?? '';
    expect(recoveryCode).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
    await expectNoAxeViolations(page);

    await header.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'U bent uitgelogd' }).waitFor();
    await header.getByRole('link', { name: 'Inloggen' }).waitFor();
    expect(await nameInHeader(page, 'Kiki (demo)').count()).toBe(0);
    await page.goto(`${suite.server.url}/mijn-sessies`);
    await page.getByRole('heading', { name: 'Inloggen bij Schakel' }).waitFor();

    // The app is "lost": a recovery code signs her in instead (typed without dashes).
    await fillPasswordStep(page, kiki, demoPassword);
    await page.getByRole('button', { name: 'Ik wil een herstelcode invullen' }).click();
    const recovery = page.getByLabel('Herstelcode');
    expect(await recovery.getAttribute('inputmode')).toBe('text');
    await recovery.fill(recoveryCode.replaceAll('-', '').toUpperCase());
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    await nameInHeader(page, 'Kiki (demo)').waitFor();
  });

  it('signs the analyst in without a code, with the keyboard only', async () => {
    await page.goto(`${suite.server.url}/inloggen`);
    const email = page.getByLabel('E-mailadres');
    expect(await email.getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Wachtwoord').getAttribute('autocomplete')).toBe(
      'current-password',
    );
    await email.focus();
    await page.keyboard.type(analyst);
    await page.keyboard.press('Tab');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    await nameInHeader(page, 'Demo Analist').waitFor();
    await expectNoAxeViolations(page);
  });

  it('sends someone who is not signed in from my sessions and the code step to sign in', async () => {
    for (const address of ['/mijn-sessies', '/inloggen/code', '/inloggen/app-instellen']) {
      await page.goto(`${suite.server.url}${address}`);
      await page.getByRole('heading', { name: 'Inloggen bij Schakel' }).waitFor();
    }
  });

  it('is in English too', async () => {
    await page.goto(`${suite.server.url}/inloggen`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Sign in to Schakel' }).waitFor();
    await page.getByLabel('E-mail address').fill(farah);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Enter your password.' }).waitFor();
    expect(await page.title()).toBe('(1 input error) Sign in – Schakel');
    await expectNoAxeViolations(page);
  });
});

describe('on a phone', () => {
  it('shows the sign-in page without axe violations', async () => {
    const phone = await suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const phonePage = await phone.newPage();
    try {
      await phonePage.goto(`${suite.server.url}/inloggen`);
      await phonePage.getByRole('heading', { name: 'Inloggen bij Schakel' }).waitFor();
      // "Inloggen" stays in the header beside the menu button.
      await phonePage.getByRole('link', { name: 'Inloggen' }).waitFor();
      await expectNoAxeViolations(phonePage);
      await phonePage.screenshot({ path: 'test-results/sign-in-phone.png', fullPage: true });
      await phonePage.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await phonePage
        .getByRole('heading', { name: 'Verbeter de fouten voor u verder gaat' })
        .waitFor();
      await expectNoAxeViolations(phonePage);
    } finally {
      await phone.close();
    }
  });
});

describe('the sign-in page', () => {
  it('looks right', async () => {
    await page.goto(`${suite.server.url}/inloggen`);
    await page.getByRole('heading', { name: 'Inloggen bij Schakel' }).waitFor();
    expect(await page.title()).toBe('Inloggen – Schakel');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/sign-in.png', fullPage: true });
  });
});
