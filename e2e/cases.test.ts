import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectAccessibleOnDesktopAndPhone,
  signedInForTheseTests,
} from './browser.js';

// The case table: a member of an informal partner brings in a case (consent first, then the
// intake, where a name typed by mistake lights up and is taken out before saving), and the
// network group's director adds two actions. axe at two widths on every case page. A TOTP code
// works once per user: each demo user signs in once in this file and keeps that session.
const member = 'farah@demo.schakel.example'; // Nisa 4 Nisa, an informal partner in Nieuw-West
const director = 'regisseur.nw@demo.schakel.example'; // Blijf Groep, director in Nieuw-West
const folder = '/tmp/shots-cases';
const look = (page: Page, name: string) =>
  expectAccessibleOnDesktopAndPhone(page, { folder, name });

const suite = browserSuite();

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { name, level: 1 });
const banner = (page: Page) => page.getByRole('banner');

/**
 * Ticks a box or a radio the way a person does, by its label (the Design System draws its own
 * over the input), and checks that it took.
 */
async function tick(scope: Locator | Page, label: string): Promise<void> {
  await scope.getByText(label, { exact: true }).click();
  expect(await scope.getByLabel(label, { exact: true }).isChecked()).toBe(true);
}

/** One text area with its findings: the marks behind it, and what its status line says. */
function checkedText(page: Page, label: string) {
  const field = page.locator('.schakel-pii').filter({ has: page.getByLabel(label) });
  return {
    box: field.getByLabel(label),
    marked: () => field.locator('.schakel-pii-backdrop mark').allTextContents(),
    status: () => field.getByRole('status').textContent(),
  };
}

/** The case this file's member brought in: the director goes on with it. */
let caseCode = '';

beforeAll(() => {
  mkdirSync(folder, { recursive: true });
});

describe('a member of an informal partner', () => {
  const signedIn = signedInForTheseTests(suite, member, { stepTimeoutMs: 15_000 });

  it('finds the cases of her network group in the menu, by code and stage', async () => {
    const { page } = signedIn;
    await banner(page).getByRole('link', { name: 'Casussen' }).click();
    await heading(page, 'Casussen').waitFor();
    expect(new URL(page.url()).pathname).toBe('/casussen');
    const table = page.getByRole('table', { name: 'Casussen' });
    await table.waitFor();
    // The demo's Nieuw-West cases, by code; never a name.
    expect(await table.getByRole('link', { name: /^NW-\d{4}-\d{4}$/ }).count()).toBeGreaterThan(0);
    await look(page, 'list');
  });

  it('cannot bring in a case without the household’s consent', async () => {
    const { page } = signedIn;
    await page.getByRole('link', { name: 'Casus inbrengen' }).click();
    await heading(page, 'Casus inbrengen').waitFor();
    await look(page, 'bring-in');
    await page.getByRole('button', { name: 'Toestemming vastleggen en verder' }).click();
    const summary = page.locator('.schakel-error-summary');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Kies hoe het huishouden toestemming gaf.',
      'Zonder deze toestemming kunt u de casus niet inbrengen.',
    ]);
    expect(await page.title()).toBe('(2 invoerfouten) Casus inbrengen – Schakel');
    await look(page, 'bring-in-errors');
    // Nothing was sent, so nothing exists: still on this page.
    expect(new URL(page.url()).pathname).toBe('/casussen/inbrengen');
  });

  it('records consent and gets the case code; the intake comes next', async () => {
    const { page } = signedIn;
    // Her one network group is chosen for her; the date is today.
    expect(
      await page
        .getByLabel('Netwerkgroep', { exact: true })
        .evaluate((select: HTMLSelectElement) => {
          return select.selectedOptions[0]?.textContent;
        }),
    ).toBe('Netwerkgroep Nieuw-West');
    await tick(page, 'Mondeling');
    await tick(
      page,
      'Het huishouden vindt het goed dat deze netwerkgroep de situatie anoniem bespreekt.',
    );
    await page.getByRole('button', { name: 'Toestemming vastleggen en verder' }).click();

    await heading(page, /^Intake van casus NW-\d{4}-\d{4}$/).waitFor();
    caseCode = ((await heading(page, /^Intake van casus/).textContent()) ?? '').replace(
      'Intake van casus ',
      '',
    );
    await page.getByText(`Casus ${caseCode} is aangemaakt. Vul nu de intake in.`).waitFor();
    // The address carries the case's id, not its code or anything of the household.
    expect(new URL(page.url()).pathname).toMatch(/^\/casussen\/[0-9a-f-]{36}\/intake$/);
    await look(page, 'intake-empty');
  });

  it('fills in the intake; a name typed by mistake lights up and is taken out before saving', async () => {
    const { page } = signedIn;
    // Mother, father, a daughter of twelve: without names.
    await page.getByRole('button', { name: 'Volwassene toevoegen' }).click();
    await page.getByRole('button', { name: 'Volwassene toevoegen' }).click();
    await page.getByRole('button', { name: 'Kind toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Persoon 2' });
    await second.getByLabel('Relatie').selectOption({ label: 'Vader' });
    const third = page.getByRole('group', { name: 'Persoon 3' });
    await third.getByLabel('Leeftijd').selectOption({ label: '12-17 jaar' });

    await tick(page, 'Partnergeweld');
    await tick(page, 'Financieel of economisch geweld');
    await page.getByLabel('Wonen').selectOption({ label: 'Grote zorg' });
    await page.getByLabel('Financiën').selectOption({ label: 'Zorg' });
    await tick(
      page.getByRole('group', { name: 'Organisaties die al betrokken zijn' }),
      'Buurtteam Amsterdam Nieuw-West',
    );
    await tick(page, 'Kinderen zien of horen het geweld');
    await tick(page, 'Binnenkort');

    const question = checkedText(page, 'Hulpvraag aan de netwerkgroep');
    await question.box.fill('Hoe bereiken we de vader zonder de moeder in gevaar te brengen?');
    await expect.poll(question.status).toBe('Schakel heeft geen persoonsgegevens gevonden.');

    // She writes the names she knows them by: both light up as she types.
    const description = checkedText(page, 'Korte beschrijving');
    await description.box.click();
    await page.keyboard.type('Elena wil niet dat Kevin merkt dat ze hulp zoekt.', { delay: 10 });
    await expect.poll(description.marked).toEqual(['Elena', 'Kevin']);
    expect(await description.status()).toBe('Er staan mogelijk 2 persoonsgegevens in de tekst.');
    await look(page, 'intake-names-marked');

    // She takes them out; nothing is marked any more, and the intake is saved.
    await description.box.fill('Moeder wil niet dat vader merkt dat ze hulp zoekt.');
    await expect.poll(description.marked).toEqual([]);
    await expect.poll(description.status).toBe('Schakel heeft geen persoonsgegevens gevonden.');
    await page.getByRole('button', { name: 'Intake opslaan' }).click();
    await page.getByRole('heading', { name: 'De intake is opgeslagen.' }).waitFor();
    await look(page, 'intake-saved');
  });

  it('reads the intake back on the case page', async () => {
    const { page } = signedIn;
    await page.getByRole('link', { name: caseCode, exact: true }).click();
    await heading(page, `Casus ${caseCode}`).waitFor();
    const intake = page.getByRole('region', { name: 'Intake' });
    await intake.getByText('Moeder (26-45 jaar), Vader (26-45 jaar), Kind (12-17 jaar)').waitFor();
    await intake.getByText('Partnergeweld, Financieel of economisch geweld').waitFor();
    await intake.getByText('Wonen: Grote zorg, Financiën: Zorg').waitFor();
    await intake.getByText('Moeder wil niet dat vader merkt dat ze hulp zoekt.').waitFor();
    expect(await page.getByText('Elena').count()).toBe(0);
    await look(page, 'case-new');
  });
});

describe('the director of the network group', () => {
  const signedIn = signedInForTheseTests(suite, director, { stepTimeoutMs: 15_000 });

  /** "Acties (3 open)" in the menu: the number of open actions of her organisation. */
  const openActions = async () => {
    const name = await banner(signedIn.page)
      .getByRole('link', { name: /^Acties/ })
      .textContent();
    return Number(/\((\d+) open/.exec(name ?? '')?.[1] ?? 0);
  };

  it('puts the new case on the agenda and adds two actions with owners and due dates', async () => {
    const { page } = signedIn;
    expect(caseCode).not.toBe('');
    await banner(page).getByRole('link', { name: 'Casussen' }).click();
    await page.getByRole('link', { name: caseCode, exact: true }).click();
    await heading(page, `Casus ${caseCode}`).waitFor();
    const before = await openActions();

    await page.getByLabel('Nieuwe fase').selectOption({ label: 'Geagendeerd' });
    await page.getByRole('button', { name: 'Fase opslaan' }).click();
    await page.getByRole('heading', { name: 'De fase is nu: Geagendeerd.' }).waitFor();

    const actions = page.getByRole('region', { name: 'Acties' });
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    // The form opens with the keyboard in its first field.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('action-new-text');
    await actions
      .getByLabel('Wat wordt er gedaan?')
      .fill('Belt de vader voor een gesprek over hulp.');
    await actions
      .getByLabel('Welke organisatie doet het?')
      .selectOption({ label: 'Reclassering Nederland' });
    await actions.getByLabel('Uiterlijk op').fill('2099-01-15');
    await look(page, 'action-form');
    await actions.getByRole('button', { name: 'Actie toevoegen', exact: true }).click();
    await actions
      .getByRole('heading', { name: 'De actie voor Reclassering Nederland is toegevoegd.' })
      .waitFor();

    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await actions
      .getByLabel('Wat wordt er gedaan?')
      .fill('Biedt een collega aan die getraind is in gesprekken met plegers.');
    await actions.getByLabel('Welke organisatie doet het?').selectOption({ label: 'Blijf Groep' });
    await actions.getByLabel('Uiterlijk op').fill('2099-01-22');
    await actions.getByRole('button', { name: 'Actie toevoegen', exact: true }).click();
    await actions
      .getByRole('heading', { name: 'De actie voor Blijf Groep is toegevoegd.' })
      .waitFor();

    const items = actions.getByRole('list', { name: 'Acties' }).getByRole('listitem');
    expect(await items.count()).toBe(2);
    await items
      .filter({ hasText: 'Reclassering Nederland · Uiterlijk 15 januari 2099 · Open' })
      .waitFor();
    await items.filter({ hasText: 'Blijf Groep · Uiterlijk 22 januari 2099 · Open' }).waitFor();
    // Her own organisation owns one more open action: the badge in the menu says so.
    await expect.poll(openActions).toBe(before + 1);
    await look(page, 'case-with-actions');
  });

  it('loses nothing when someone else saved the intake first: she sees what changed', async () => {
    const { page } = signedIn;
    await heading(page, `Casus ${caseCode}`).waitFor();
    const intakePath = `${new URL(page.url()).pathname}/intake`;
    // Two tabs on the same intake, as two people at the table would have.
    await page.goto(`${suite.server.url}${intakePath}`);
    await heading(page, `Intake van casus ${caseCode}`).waitFor();
    const other = await signedIn.context.newPage();
    await other.goto(`${suite.server.url}${intakePath}`);
    await heading(other, `Intake van casus ${caseCode}`).waitFor();
    await tick(other, 'Dringend');
    await other.getByRole('button', { name: 'Intake opslaan' }).click();
    await other.getByRole('heading', { name: 'De intake is opgeslagen.' }).waitFor();
    await other.close();

    await page.getByLabel('Veiligheid').selectOption({ label: 'Grote zorg' });
    await page.getByRole('button', { name: 'Intake opslaan' }).click();
    const conflict = page.getByRole('heading', { name: 'Iemand anders heeft intussen opgeslagen' });
    await conflict.waitFor();
    await page.getByText(/: de urgentie$/).waitFor();
    await look(page, 'intake-conflict');
    // Her change is still in the form until she loads the latest version.
    expect(await page.getByLabel('Veiligheid').inputValue()).toBe('high');
    await page.getByRole('button', { name: 'Laad de nieuwste versie' }).click();
    await expect.poll(() => page.getByLabel('Dringend', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Veiligheid').inputValue()).toBe('');
    expect(await conflict.count()).toBe(0);
  });

  it('finds her organisation’s action among its actions, and can turn the daily e-mail off', async () => {
    const { page } = signedIn;
    await banner(page)
      .getByRole('link', { name: /^Acties/ })
      .click();
    await heading(page, 'Acties').waitFor();
    const mine = page.getByRole('region', { name: 'Acties van mijn organisatie' });
    await mine.getByRole('link', { name: `Casus ${caseCode}` }).waitFor();
    await mine
      .getByText('Biedt een collega aan die getraind is in gesprekken met plegers.')
      .waitFor();
    await look(page, 'actions');

    const digest = page.getByLabel('Stuur mij de dagelijkse e-mail');
    expect(await digest.isChecked()).toBe(true);
    await page.getByText('Stuur mij de dagelijkse e-mail', { exact: true }).click();
    await page.getByRole('heading', { name: 'U krijgt de dagelijkse e-mail niet meer.' }).waitFor();
    expect(await digest.isChecked()).toBe(false);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Stuur mij de dagelijkse e-mail').isChecked())
      .toBe(false);
  });

  it('records a breakthrough, then withdraws consent: the case closes and its texts are gone', async () => {
    const { page } = signedIn;
    await banner(page).getByRole('link', { name: 'Casussen' }).click();
    await page.getByRole('link', { name: caseCode, exact: true }).click();
    await heading(page, `Casus ${caseCode}`).waitFor();

    const breakthroughs = page.getByRole('region', { name: 'Doorbraken' });
    await breakthroughs.getByRole('button', { name: 'Doorbraak vastleggen' }).click();
    await breakthroughs
      .getByLabel('Wat trok de situatie vlot?')
      .fill('Het fonds betaalt de eigen bijdrage, dus de behandeling kan beginnen.');
    await tick(breakthroughs, 'Buurtteam Amsterdam Nieuw-West');
    await look(page, 'breakthrough-form');
    await breakthroughs.getByRole('button', { name: 'Doorbraak opslaan' }).click();
    await breakthroughs.getByRole('heading', { name: 'De doorbraak is vastgelegd.' }).waitFor();
    await breakthroughs
      .getByText('door Buurtteam Amsterdam Nieuw-West', { exact: false })
      .waitFor();

    const consent = page.getByRole('region', { name: 'Toestemming' });
    await consent.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await look(page, 'withdraw-question');
    await consent.getByRole('button', { name: 'Ja, toestemming intrekken' }).click();
    await consent
      .getByRole('heading', {
        name: 'De toestemming is ingetrokken. De casus is afgesloten en de teksten zijn gewist.',
      })
      .waitFor();
    await page.getByText('De teksten van deze casus zijn gewist', { exact: false }).waitFor();
    expect(await page.getByText('Deze casus is nu: Afgesloten.').count()).toBe(1);
    // The structure stays for the figures; no text of the table does.
    await page.getByText('Partnergeweld, Financieel of economisch geweld').waitFor();
    for (const text of ['Moeder wil niet dat vader', 'Belt de vader', 'Het fonds betaalt']) {
      expect(await page.getByText(text, { exact: false }).count(), text).toBe(0);
    }
    expect(await page.getByRole('button', { name: 'Actie toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Intake wijzigen' }).count()).toBe(0);
    await look(page, 'case-withdrawn');
  });
});
