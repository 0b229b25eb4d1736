import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectAccessibleOnDesktopAndPhone,
  signedInForTheseTests,
} from './browser.js';

// A TOTP code works once per user: each demo user signs in with a code once in this file, and
// keeps that session for all of their tests.
const admin = 'beheer@demo.schakel.example';
const coordinator = 'coordinator.nw@demo.schakel.example';
const director = 'regisseur.nw@demo.schakel.example';
const member = 'farah@demo.schakel.example';
const invitee = { email: 'nieuwe.collega@demo.schakel.example', name: 'Nieuwe Collega (demo)' };

const suite = browserSuite();

/** The text of whatever has the keyboard focus now. */
const focusedText = (on: Page) => on.evaluate(() => document.activeElement?.textContent ?? '');

const banner = (page: Page) => page.getByRole('banner');
const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });

async function userIdOf(email: string): Promise<string> {
  const { db } = suite.server.database.open();
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the administrator', () => {
  const signedIn = signedInForTheseTests(suite, admin);

  it('invites a person, gives a role, deactivates the account, and finds it all in the audit trail', async () => {
    const { page } = signedIn;
    await banner(page).getByRole('link', { name: 'Beheer' }).click();
    await heading(page, 'Beheer').waitFor();
    expect(await page.title()).toBe('Beheer – Schakel');
    for (const section of ['Accounts', 'Netwerkgroepen', 'Organisaties', 'Stadsdelen', 'Logboek']) {
      await page.getByRole('main').getByRole('link', { name: section, exact: true }).waitFor();
    }
    await expectAccessibleOnDesktopAndPhone(page);

    await page.getByRole('main').getByRole('link', { name: 'Accounts', exact: true }).click();
    await heading(page, 'Accounts').waitFor();
    await page.getByRole('table').getByRole('link', { name: 'Kiki (demo)' }).waitFor();
    await expectAccessibleOnDesktopAndPhone(page);
    await page.screenshot({ path: 'test-results/admin-accounts.png', fullPage: true });

    await page.getByRole('link', { name: 'Iemand uitnodigen' }).click();
    await heading(page, 'Iemand uitnodigen').waitFor();
    expect(new URL(page.url()).pathname).toBe('/beheer/accounts/uitnodigen');
    const form = page.locator('form');

    // Nothing filled in: every missing field is named, the summary takes the focus.
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul de naam van de persoon in.');
    expect(await page.title()).toBe('(4 invoerfouten) Iemand uitnodigen – Schakel');
    await expectAccessibleOnDesktopAndPhone(page);

    await form.getByLabel('Naam', { exact: true }).fill(invitee.name);
    await form.getByLabel('E-mailadres').fill(invitee.email);
    await form.getByLabel('Organisatie').selectOption({ label: 'Nisa 4 Nisa' });
    await form.getByLabel('Rol', { exact: true }).selectOption({ label: 'Analist' });
    await form.getByLabel('Stadsdeel').selectOption({ label: 'Nieuw-West' });
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();

    await heading(page, invitee.name).waitFor();
    await page.getByRole('heading', { name: 'De uitnodiging is verstuurd' }).waitFor();
    const userId = await userIdOf(invitee.email);
    // Ids in the address, never a name or an e-mail address.
    expect(new URL(page.url()).pathname).toBe(`/beheer/accounts/${userId}`);
    expect(await page.getByText('Uitgenodigd', { exact: true }).count()).toBe(1);
    await page.getByText('Analist in Nieuw-West', { exact: true }).waitFor();
    await expectAccessibleOnDesktopAndPhone(page);

    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Lid' });
    await page
      .getByLabel('Netwerkgroep')
      .selectOption({ label: 'Netwerkgroep Nieuw-West (Nieuw-West)' });
    await page.getByRole('button', { name: 'Rol geven' }).click();
    await expect.poll(() => focusedText(page)).toContain('De rol ‘Lid’ is gegeven');
    await page.getByText('Lid van Netwerkgroep Nieuw-West', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Account deactiveren' }).click();
    await expect
      .poll(() => focusedText(page))
      .toBe(`Weet u zeker dat u het account van ${invitee.name} wilt deactiveren?`);
    await expectAccessibleOnDesktopAndPhone(page);
    await page.getByRole('button', { name: 'Ja, deactiveren' }).click();
    await expect.poll(() => focusedText(page)).toContain('Het account is gedeactiveerd');
    await page.getByRole('button', { name: 'Account weer activeren' }).waitFor();
    await page.getByText('Gedeactiveerd', { exact: true }).waitFor();
    await expectAccessibleOnDesktopAndPhone(page);
    await page.screenshot({ path: 'test-results/admin-account.png', fullPage: true });

    // The trail of this account: filtered by the record, by id.
    await page
      .getByRole('link', { name: 'Bekijk in het logboek wat er met dit account is gedaan' })
      .click();
    await heading(page, 'Logboek').waitFor();
    const address = new URL(page.url());
    expect(address.pathname).toBe('/beheer/logboek');
    expect(Object.fromEntries(address.searchParams)).toEqual({
      resourceType: 'user',
      resourceId: userId,
    });
    const table = page.getByRole('table');
    for (const action of ['Iemand uitgenodigd', 'Rol gegeven', 'Account gedeactiveerd']) {
      await table.getByRole('cell', { name: action, exact: true }).first().waitFor();
    }
    await table.getByRole('link', { name: 'Alleen Demo Beheerder tonen' }).first().waitFor();
    expect(await page.getByLabel('Waarover (id)').inputValue()).toBe(userId);
    await expectAccessibleOnDesktopAndPhone(page);
    await page.screenshot({ path: 'test-results/admin-audit.png', fullPage: true });

    // The CSV download: a plain link with the same filters, fetched with the session cookie.
    const href = await page
      .getByRole('link', { name: 'Download als CSV-bestand' })
      .getAttribute('href');
    expect(href).toBe(`/api/v1/audit-entries/export?resourceType=user&resourceId=${userId}`);
    const csv = await page.request.get(`${suite.server.url}${href}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    for (const action of ['user.invite', 'user.role.grant', 'user.deactivate']) {
      expect(text).toContain(`,${action},`);
    }
    expect(text).toContain(userId);

    // Filtering by action and day, in the address too.
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await page.getByLabel('Actie').selectOption({ label: 'Account gedeactiveerd' });
    await page.getByLabel('Vanaf').fill(day);
    await page.getByLabel('Tot en met').fill(day);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBe('user.deactivate');
    await expect.poll(() => table.getByRole('row').count()).toBe(2); // the header and one entry
    await table.getByRole('cell', { name: 'Account gedeactiveerd', exact: true }).waitFor();

    // A wrong id is refused in the browser, beside its field.
    await page.getByLabel('Door account (id)').fill('Kiki');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul het id van een account in');
    expect(await page.title()).toBe('(1 invoerfout) Logboek – Schakel');
  });

  it('has a lost phone’s second factor set up again', async () => {
    const { page } = signedIn;
    await page.goto(
      `${suite.server.url}/beheer/accounts/${await userIdOf('kiki@demo.schakel.example')}`,
    );
    await heading(page, 'Kiki (demo)').waitFor();
    await page.getByText('Authenticator-app ingesteld').waitFor();
    await page.getByRole('button', { name: 'Tweede stap opnieuw instellen' }).click();
    await page.getByRole('button', { name: 'Ja, opnieuw instellen' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('De tweede stap wordt bij de volgende keer inloggen opnieuw ingesteld');
    await page.getByText('Geen authenticator-app').waitFor();
  });

  it('adds a district, an organisation in it, and a network group of both', async () => {
    const { page } = signedIn;
    await page.goto(`${suite.server.url}/beheer/stadsdelen`);
    await heading(page, 'Stadsdelen').waitFor();
    await expectAccessibleOnDesktopAndPhone(page);
    await page.getByLabel('Code').fill('oo');
    await page.getByLabel('Naam', { exact: true }).fill('Oost (test)');
    await page.getByRole('button', { name: 'Stadsdeel toevoegen' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('Het stadsdeel ‘Oost (test)’ is toegevoegd');
    await page.getByRole('button', { name: 'Naam wijzigen: Oost (test)' }).click();
    await expect.poll(() => focusedText(page)).toBe('Naam van stadsdeel OO wijzigen');
    await page.getByLabel('Naam', { exact: true }).first().fill('Oost');
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('De naam is gewijzigd in ‘Oost’');
    await page.getByRole('cell', { name: 'Oost', exact: true }).waitFor();

    await page.goto(`${suite.server.url}/beheer/organisaties`);
    await heading(page, 'Organisaties').waitFor();
    await expectAccessibleOnDesktopAndPhone(page);
    const form = page.getByRole('form', { name: 'Organisatie toevoegen' });
    await form.getByLabel('Naam', { exact: true }).fill('Buurtvaders Oost (test)');
    await form.getByText('Informeel', { exact: true }).click(); // the label: the input is styled away
    await form.getByText('Oost', { exact: true }).click();
    await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('De organisatie ‘Buurtvaders Oost (test)’ is toegevoegd');
    await page.getByLabel('Stadsdeel', { exact: true }).last().selectOption({ label: 'Oost' });
    await page.getByRole('cell', { name: 'Buurtvaders Oost (test)', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Wijzigen: Buurtvaders Oost (test)' }).click();
    await expect.poll(() => focusedText(page)).toBe('Wijzigen: Buurtvaders Oost (test)');
    await page.getByRole('form').getByText('Nieuw-West', { exact: true }).click();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('De organisatie ‘Buurtvaders Oost (test)’ is gewijzigd');
    await page.getByRole('cell', { name: 'Nieuw-West, Oost' }).waitFor();

    await page.goto(`${suite.server.url}/beheer/netwerkgroepen`);
    await heading(page, 'Netwerkgroepen').waitFor();
    await expectAccessibleOnDesktopAndPhone(page);
    const newGroup = page.getByRole('form', { name: 'Netwerkgroep aanmaken' });
    await newGroup.getByLabel('Stadsdeel').selectOption({ label: 'Oost' });
    await newGroup.getByLabel('Naam', { exact: true }).fill('Netwerkgroep Oost');
    await newGroup.getByText('Buurtvaders Oost (test)', { exact: true }).click();
    await newGroup.getByRole('button', { name: 'Netwerkgroep aanmaken' }).click();
    await heading(page, 'Netwerkgroep Oost').waitFor();
    await page.getByRole('cell', { name: 'Buurtvaders Oost (test)', exact: true }).waitFor();
    await page.getByText('Er doen nog geen mensen mee.').waitFor();
    await expectAccessibleOnDesktopAndPhone(page);
  });

  // Last of the administrator's tests: it ends their session.
  it('is asked to sign in again before a factor reset when the sign-in is not recent', async () => {
    const { page } = signedIn;
    const { db } = suite.server.database.open();
    const signedInLongAgo = new Date(Date.now() - 20 * 60_000).toISOString();
    await db
      .updateTable('sessions')
      .set({ authenticated_at: signedInLongAgo })
      .where('user_id', '=', await userIdOf(admin))
      .execute();
    await page.goto(`${suite.server.url}/beheer/accounts/${await userIdOf(member)}`);
    await heading(page, 'Farah (demo)').waitFor();
    await page.getByRole('button', { name: 'Tweede stap opnieuw instellen' }).click();
    await page.getByRole('button', { name: 'Ja, opnieuw instellen' }).click();
    await expect.poll(() => focusedText(page)).toContain('Log eerst opnieuw in');
    await page.getByText('Authenticator-app ingesteld').waitFor(); // nothing was reset
    await expectAccessibleOnDesktopAndPhone(page);
    await page.getByRole('button', { name: 'Opnieuw inloggen' }).click();
    await page.getByRole('heading', { name: 'Log opnieuw in' }).waitFor();
    await heading(page, 'Inloggen bij Schakel').waitFor();
    // The old session has ended: signing in again is the only way back.
    await page.goto(`${suite.server.url}/beheer`);
    await heading(page, 'Inloggen bij Schakel').waitFor();
  });
});

describe('a coordinator of Nieuw-West', () => {
  const signedIn = signedInForTheseTests(suite, coordinator);

  it('sees only the accounts of Nieuw-West; a Zuidoost account is not found', async () => {
    const { page } = signedIn;
    await banner(page).getByRole('link', { name: 'Beheer' }).click();
    await heading(page, 'Beheer').waitFor();
    const main = page.getByRole('main');
    for (const section of ['Accounts', 'Netwerkgroepen', 'Organisaties', 'Risicosignalen']) {
      await main.getByRole('link', { name: section, exact: true }).waitFor();
    }
    for (const section of ['Stadsdelen', 'Logboek', 'Postvak']) {
      expect(await main.getByRole('link', { name: section, exact: true }).count()).toBe(0);
    }

    await main.getByRole('link', { name: 'Accounts', exact: true }).click();
    await heading(page, 'Accounts').waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Kiki (demo)' }).waitFor();
    await table.getByRole('link', { name: 'Farah (demo)' }).waitFor();
    for (const zuidoost of ['Demo Lid Informeel Zuidoost', 'Demo Lid Formeel Zuidoost']) {
      expect(await table.getByRole('link', { name: zuidoost }).count()).toBe(0);
    }
    await page.getByText('De accounts van mensen met een rol in Nieuw-West').waitFor();
    await expectAccessibleOnDesktopAndPhone(page);

    // The search stays out of the address.
    await page.getByLabel('Naam of e-mailadres').fill('kiki');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(page.url()).not.toContain('kiki');

    await page.goto(
      `${suite.server.url}/beheer/accounts/${await userIdOf('informeel.zo@demo.schakel.example')}`,
    );
    await heading(page, 'Deze pagina bestaat niet').waitFor();
    await page.goto(`${suite.server.url}/beheer/logboek`);
    await heading(page, 'U heeft geen toegang tot deze pagina').waitFor();
  });

  it('writes the own district’s checklist of risk signals, in Dutch and English', async () => {
    const { page } = signedIn;
    await page.goto(`${suite.server.url}/beheer`);
    await page.getByRole('main').getByRole('link', { name: 'Risicosignalen', exact: true }).click();
    await heading(page, 'Risicosignalen').waitFor();
    // Her one district is chosen for her; it starts from the default list of twelve.
    await page.getByText('Dit stadsdeel gebruikt de standaardlijst van Schakel.').waitFor();
    const signals = page.getByRole('list', { name: 'Risicosignalen' }).getByRole('listitem');
    expect(await signals.count()).toBe(12);
    await expectAccessibleOnDesktopAndPhone(page);

    // A new signal starts empty, with the keyboard in it; empty texts are not saved.
    await page.getByRole('button', { name: 'Signaal toevoegen' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('risk-signal-12-nl');
    await page.getByRole('button', { name: 'Lijst opslaan' }).click();
    const summary = page.locator('.schakel-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Vul de tekst in.',
      'Vul de tekst in.',
    ]);
    await expectAccessibleOnDesktopAndPhone(page);

    const added = signals.nth(12);
    await added.getByLabel('In het Nederlands').fill('Er is geen geld voor eten');
    await added.getByLabel('In het Engels').fill('There is no money for food');
    await page.getByRole('button', { name: 'Signaal 12 verwijderen' }).click();
    await page.getByRole('button', { name: 'Lijst opslaan' }).click();
    await page.getByRole('heading', { name: 'De lijst is opgeslagen.', exact: false }).waitFor();
    await page.getByText('Dit stadsdeel heeft een eigen lijst.').waitFor();
    expect(await signals.count()).toBe(12);
    await page.reload();
    await heading(page, 'Risicosignalen').waitFor();
    await expect
      .poll(() => signals.last().getByLabel('In het Nederlands').inputValue())
      .toBe('Er is geen geld voor eten');
    const dutch = await page
      .getByLabel('In het Nederlands')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(dutch).toHaveLength(12);
    expect(dutch).not.toContain('Iemand dreigt zichzelf iets aan te doen');
  });
});

describe('a director', () => {
  const signedIn = signedInForTheseTests(suite, director);

  it('opens their network group, sees its organisations and people, and adds and removes one', async () => {
    const { page } = signedIn;
    await banner(page).getByRole('link', { name: 'Beheer' }).click();
    await heading(page, 'Beheer').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Netwerkgroepen', exact: true }).click();
    await heading(page, 'Netwerkgroepen').waitFor();
    expect(await page.getByRole('link', { name: 'Netwerkgroep Zuidoost' }).count()).toBe(0);
    // Directors do not start groups.
    expect(await page.getByRole('heading', { name: 'Netwerkgroep aanmaken' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Netwerkgroep Nieuw-West' }).click();

    await heading(page, 'Netwerkgroep Nieuw-West').waitFor();
    const people = page.getByRole('table', { name: /deelnemers/ });
    const organisations = page.getByRole('table', { name: /organisaties doen mee/ });
    await people.getByRole('cell', { name: 'Farah (demo)', exact: true }).waitFor();
    await people.getByRole('cell', { name: 'Kiki (demo)', exact: true }).waitFor();
    await organisations.getByRole('cell', { name: 'Nisa 4 Nisa', exact: true }).waitFor();
    // Only coordinators and administrators remove a director, or rename the group.
    expect(
      await page
        .getByRole('button', { name: 'Verwijderen uit de groep: Demo Netwerkregisseur Nieuw-West' })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('heading', { name: 'Naam wijzigen' }).count()).toBe(0);
    await expectAccessibleOnDesktopAndPhone(page);
    await page.screenshot({ path: 'test-results/admin-network-group.png', fullPage: true });

    await page
      .getByLabel('Persoon')
      .selectOption({ label: 'Demo Analist (Hogeschool van Amsterdam)' });
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await expect.poll(() => focusedText(page)).toContain('Demo Analist doet nu mee als Lid');
    await people.getByRole('cell', { name: 'Demo Analist', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Verwijderen uit de groep: Demo Analist' }).click();
    await expect.poll(() => focusedText(page)).toContain('Demo Analist doet niet meer mee');
    await expect
      .poll(() => people.getByRole('cell', { name: 'Demo Analist', exact: true }).count())
      .toBe(0);

    await page.goto(`${suite.server.url}/beheer/accounts`);
    await heading(page, 'U heeft geen toegang tot deze pagina').waitFor();
  });
});

describe('a member', () => {
  const signedIn = signedInForTheseTests(suite, member);

  it('sees no management in the menu, and no access to it', async () => {
    const { page } = signedIn;
    for (const entry of ['Beheer', 'Postvak']) {
      expect(await banner(page).getByRole('link', { name: entry }).count()).toBe(0);
    }
    for (const address of ['/beheer', '/beheer/accounts', '/beheer/netwerkgroepen']) {
      await page.goto(`${suite.server.url}${address}`);
      await heading(page, 'U heeft geen toegang tot deze pagina').waitFor();
      expect(await page.title()).toBe('Geen toegang – Schakel');
    }
    await expectAccessibleOnDesktopAndPhone(page);
  });

  it('finds their own sign-in in “Mijn logboek”', async () => {
    const { page } = signedIn;
    await page.goto(suite.server.url);
    await banner(page).getByRole('link', { name: 'Mijn logboek' }).click();
    await heading(page, 'Mijn logboek').waitFor();
    expect(await page.title()).toBe('Mijn logboek – Schakel');
    const table = page.getByRole('table');
    const signInRow = table.getByRole('row').filter({ hasText: 'Ingelogd met wachtwoord' });
    await signInRow.first().waitFor();
    expect(await signInRow.first().textContent()).toContain('Gelukt');
    await table.getByRole('cell', { name: 'Tweede stap van inloggen' }).first().waitFor();
    await expectAccessibleOnDesktopAndPhone(page);
    await page.screenshot({ path: 'test-results/my-activity.png', fullPage: true });
  });
});
