import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { totpCode } from '../src/server/auth/totp.js';
import { demoPassword, demoTotpSecret } from '../src/server/demo/demo-data.js';
import { browserSuite, expectNoAxeViolations } from './browser.js';

// A TOTP code works once per user: the admin signs in with a code once in this file.
const admin = 'beheer@demo.schakel.example';
const member = 'informeel.zo@demo.schakel.example';
const analyst = 'analist@demo.schakel.example';
const newPassword = 'Drie koeien op de Zuidas';

const suite = browserSuite();
let page: Page;

beforeEach(async () => {
  page = await suite.freshPage();
});

/** The text of whatever has the keyboard focus now. */
const focusedText = (on: Page) => on.evaluate(() => document.activeElement?.textContent ?? '');

/** The link in the newest mail kept in the dev outbox for `to` (no SMTP on the demo server). */
async function linkInNewestMailTo(to: string, path: string): Promise<string> {
  const { db } = suite.server.database.open();
  const newest = () =>
    db
      .selectFrom('mail_outbox')
      .select('body')
      .where('recipient', '=', to)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
  // A reset mail is kept just after the answer (so the answer never tells whether it was sent).
  let mail = await newest();
  for (let waited = 0; !mail && waited < 5000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    mail = await newest();
  }
  if (!mail) throw new Error(`no mail to ${to}`);
  const link = mail.body.match(/https?:\/\/\S+/)?.[0];
  expect(link).toBeDefined();
  expect(new URL(link ?? '').pathname).toBe(path);
  return link ?? '';
}

async function fillPasswordStep(on: Page, email: string, password: string) {
  await on.goto(`${suite.server.url}/inloggen`);
  await on.getByLabel('E-mailadres').fill(email);
  await on.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await on.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

describe('a forgotten password', () => {
  it('is asked for from the sign-in page, and always answered the same', async () => {
    await page.goto(`${suite.server.url}/inloggen`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { name: 'Wachtwoord vergeten?', level: 1 }).waitFor();
    expect(await page.title()).toBe('Wachtwoord vergeten – Schakel');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul uw e-mailadres in.');
    expect(await page.title()).toBe('(1 invoerfout) Wachtwoord vergeten – Schakel');

    // An address without an account gets the very same answer.
    await page.getByLabel('E-mailadres').fill('niemand@demo.schakel.example');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByRole('heading', { name: 'Kijk in uw mailbox', level: 1 }).waitFor();
    expect(await focusedText(page)).toBe('Kijk in uw mailbox');
    const unknownAnswer = await page.getByRole('main').textContent();
    await expectNoAxeViolations(page);

    await page.goto(`${suite.server.url}/wachtwoord-vergeten`);
    await page.getByLabel('E-mailadres').fill(member);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByRole('heading', { name: 'Kijk in uw mailbox', level: 1 }).waitFor();
    expect(await page.getByRole('main').textContent()).toBe(unknownAnswer);
    await page.screenshot({ path: 'test-results/forgot-password-sent.png', fullPage: true });
  });

  it('is replaced with the mailed link: a weak password is refused, a good one signs in', async () => {
    const link = await linkInNewestMailTo(member, '/wachtwoord-herstellen');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }).waitFor();
    // The token leaves the address bar at once: not in the history, not on a shared screen.
    await expect.poll(() => page.url()).toBe(`${suite.server.url}/wachtwoord-herstellen`);
    expect(await page.title()).toBe('Nieuw wachtwoord – Schakel');
    await expectNoAxeViolations(page);

    const password = page.getByLabel('Nieuw wachtwoord', { exact: true });
    const repeat = page.getByLabel('Herhaal het nieuwe wachtwoord');
    expect(await password.getAttribute('autocomplete')).toBe('new-password');

    // Too short, and not repeated the same: checked in the browser, each beside its field.
    await password.fill('kort');
    await repeat.fill('anders');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('Uw wachtwoord is te kort.');
    expect(await page.title()).toBe('(2 invoerfouten) Nieuw wachtwoord – Schakel');
    await page.getByRole('link', { name: /De twee wachtwoorden zijn niet hetzelfde/ }).waitFor();

    // Long enough, but common: only the server knows, and says so in the same way.
    await password.fill('password1234');
    await repeat.fill('password1234');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('Dit wachtwoord gebruiken veel mensen.');
    expect(await page.title()).toBe('(1 invoerfout) Nieuw wachtwoord – Schakel');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    expect(describedBy).toContain('new-password-error');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/reset-password-errors.png', fullPage: true });

    await password.fill(newPassword);
    await repeat.fill(newPassword);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('heading', { name: 'Uw nieuwe wachtwoord is opgeslagen' }).waitFor();
    await page.getByRole('heading', { name: 'Inloggen bij Schakel' }).waitFor();
    await expectNoAxeViolations(page);

    // The old password no longer works; the new one does, and the second step follows.
    await fillPasswordStep(page, member, demoPassword);
    await page
      .getByRole('link', { name: /Het e-mailadres of het wachtwoord klopt niet/ })
      .waitFor();
    await fillPasswordStep(page, member, newPassword);
    await page.getByRole('heading', { name: 'Vul de code uit uw app in' }).waitFor();

    // The link worked once.
    await page.goto(link);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(`${newPassword}!`);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(`${newPassword}!`);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('heading', { name: 'Deze link werkt niet (meer)' }).waitFor();
    expect(await focusedText(page)).toBe('Deze link werkt niet (meer)');
    await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('says so when the link has no token', async () => {
    await page.goto(`${suite.server.url}/wachtwoord-herstellen`);
    await page.getByRole('heading', { name: 'Deze link werkt niet (meer)' }).waitFor();
    expect(await page.title()).toBe('Link werkt niet – Schakel');
    await expectNoAxeViolations(page);
  });
});

describe('the outbox', () => {
  it('shows the admin the kept mails, and an invitation link lets a new user choose a password', async () => {
    await fillPasswordStep(page, admin, demoPassword);
    await page.getByLabel('Code van 6 cijfers').fill(totpCode(demoTotpSecret, new Date()));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();

    await page.getByRole('banner').getByRole('link', { name: 'Postvak' }).click();
    await page.getByRole('heading', { name: 'Postvak', level: 1 }).waitFor();
    expect(await page.title()).toBe('Postvak – Schakel');
    const mails = page.getByRole('list', { name: 'Bewaarde e-mails, nieuwste eerst' });
    await mails
      .getByRole('listitem')
      .filter({ hasText: `Aan: ${member}` })
      .first()
      .getByRole('link', { name: /\/wachtwoord-herstellen#/ })
      .waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/outbox.png', fullPage: true });

    // The admin invites someone through the API, as a script would.
    const invitee = 'nieuw.lid@demo.schakel.example';
    const status = await page.evaluate(async (email) => {
      const organisations = await (
        await fetch('/api/v1/organisations?district=NW&pageSize=1')
      ).json();
      const response = await fetch('/api/v1/invitations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-protection': '1' },
        body: JSON.stringify({
          email,
          displayName: 'Nieuw Lid (demo)',
          organisationId: organisations.items[0].id,
          role: 'analyst',
          districtCode: 'NW',
        }),
      });
      return response.status;
    }, invitee);
    expect(status).toBe(201);
    await page.reload();
    await mails.getByText(`Aan: ${invitee}`).waitFor();
    const link = await linkInNewestMailTo(invitee, '/uitnodiging');

    const newcomer = await suite.browser.newContext();
    try {
      const invited = await newcomer.newPage();
      await invited.goto(link);
      await invited.getByRole('heading', { name: 'Kies een wachtwoord voor Schakel' }).waitFor();
      await expect.poll(() => invited.url()).toBe(`${suite.server.url}/uitnodiging`);
      expect(await invited.title()).toBe('Uitnodiging – Schakel');
      await expectNoAxeViolations(invited);
      await invited.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Schakel is fijn werk');
      await invited.getByLabel('Herhaal het nieuwe wachtwoord').fill('Schakel is fijn werk');
      await invited.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await expect
        .poll(() => focusedText(invited))
        .toContain('Gebruik niet uw e-mailadres of het woord Schakel');
      await invited.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
      await invited.getByLabel('Herhaal het nieuwe wachtwoord').fill(newPassword);
      await invited.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await invited.getByRole('heading', { name: 'Uw account is klaar' }).waitFor();
      await expectNoAxeViolations(invited);
      await fillPasswordStep(invited, invitee, newPassword);
      await invited.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
      await invited.getByRole('banner').getByText('Nieuw Lid (demo)').first().waitFor();
    } finally {
      await newcomer.close();
    }
  });

  it('is closed, politely, to everyone but admins', async () => {
    await fillPasswordStep(page, analyst, demoPassword);
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
    expect(await page.getByRole('banner').getByRole('link', { name: 'Postvak' }).count()).toBe(0);
    await page.goto(`${suite.server.url}/beheer/postvak`);
    await page.getByRole('heading', { name: 'U heeft geen toegang tot deze pagina' }).waitFor();
    expect(await page.title()).toBe('Geen toegang – Schakel');
    await expectNoAxeViolations(page);
  });
});

describe('on a phone', () => {
  it('shows the forgotten-password and new-password pages without axe violations', async () => {
    const phone = await suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    try {
      const onPhone = await phone.newPage();
      await onPhone.goto(`${suite.server.url}/wachtwoord-vergeten`);
      await onPhone.getByRole('heading', { name: 'Wachtwoord vergeten?', level: 1 }).waitFor();
      await expectNoAxeViolations(onPhone);
      await onPhone.screenshot({ path: 'test-results/forgot-password-phone.png', fullPage: true });
      await onPhone.goto(`${suite.server.url}/wachtwoord-herstellen#${'x'.repeat(43)}`);
      await onPhone.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }).waitFor();
      await onPhone.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
      await onPhone
        .getByRole('heading', { name: 'Verbeter de fouten voor u verder gaat' })
        .waitFor();
      await expectNoAxeViolations(onPhone);
      await onPhone.screenshot({ path: 'test-results/reset-password-phone.png', fullPage: true });
    } finally {
      await phone.close();
    }
  });
});
