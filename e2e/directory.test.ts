import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectAccessibleOnDesktopAndPhone,
  expectNoAxeViolations,
  signedInForTheseTests,
} from './browser.js';

// A TOTP code works once per user: each demo user signs in with a code once in this file, and
// keeps that session for all of their tests.
const formalMemberZuidoost = 'formeel.zo@demo.schakel.example';
const proForMember = 'informeel.zo@demo.schakel.example';

/** Where the screenshots go, to be looked at (not compared). */
const shots = '/tmp/shots';

const suite = browserSuite();

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });
const searchBox = (page: Page) =>
  page.getByRole('searchbox', { name: 'Zoeken in de sociale kaart' });
const results = (page: Page) => page.getByRole('list', { name: 'Resultaten' });
/** The live region that says how many were found. */
const count = (page: Page) => page.getByRole('status').filter({ hasText: /gevonden|kaart/ });

beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

describe('a member of the Zuidoost network group', () => {
  const signedIn = signedInForTheseTests(suite, formalMemberZuidoost);

  it('searches "vaders Zuidoost", finds Stichting ProFor first, and reads its role', async () => {
    const { page } = signedIn;
    await page.getByRole('banner').getByRole('link', { name: 'Sociale kaart' }).click();
    await heading(page, 'Sociale kaart').waitFor();
    expect(await page.title()).toBe('Sociale kaart – Schakel');
    // Without words: every organisation, by name.
    await expect.poll(() => count(page).textContent()).toMatch(/organisaties in de sociale kaart/);

    // The results come as one types: no button pressed.
    await searchBox(page).pressSequentially('vaders Zuidoost', { delay: 20 });
    await expect.poll(() => count(page).textContent()).toMatch(/^\d+ organisaties? gevonden$/);
    await expect
      .poll(() => results(page).getByRole('link').first().textContent())
      .toBe('Stichting ProFor');
    // The words stay out of the address.
    expect(page.url()).toBe(`${suite.server.url}/sociale-kaart`);
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'directory-search' });

    await results(page).getByRole('link', { name: 'Stichting ProFor' }).click();
    await heading(page, 'Stichting ProFor').waitFor();
    expect(await page.title()).toBe('Stichting ProFor – Schakel');
    const whatWeDo = page.getByRole('region', { name: 'Wat wij doen' });
    await expect.poll(() => whatWeDo.textContent()).toMatch(/vaders/);
    await page.getByRole('region', { name: 'Wat wij niet doen' }).waitFor();
    await page.getByText('Werkt in: Zuidoost').waitFor();
    const services = page.getByRole('region', { name: 'Aanbod' });
    await services.getByRole('heading', { name: 'Vadergroep Zuidoost' }).waitFor();
    await services.getByText('Mannen en vaders').first().waitFor();
    await page.getByRole('region', { name: 'Warme lijn' }).getByText('Rudy Fictief').waitFor();
    // Not their organisation: nothing to edit.
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'directory-entry' });

    // Back to the list: the same words and results, found again from memory.
    await page.goBack();
    await heading(page, 'Sociale kaart').waitFor();
    expect(await searchBox(page).inputValue()).toBe('vaders Zuidoost');
    await expect
      .poll(() => results(page).getByRole('link').first().textContent())
      .toBe('Stichting ProFor');
  });

  it('narrows with filters, kept in the address, and is asked "Bedoelde u…?" after a typo', async () => {
    const { page } = signedIn;
    await page.goto(`${suite.server.url}/sociale-kaart`);
    await heading(page, 'Sociale kaart').waitFor();
    await searchBox(page).fill('');
    // The filters are folded away until asked for.
    expect(await page.getByLabel('Voor wie').isVisible()).toBe(false);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Voor wie').selectOption({ label: 'Mannen en vaders' });
    await page.getByLabel('Werkt in stadsdeel').selectOption({ label: 'Zuidoost' });
    await page.getByText('Filters (2 gekozen)').waitFor();
    await expect
      .poll(() => results(page).getByRole('link').allTextContents())
      .toContain('Stichting ProFor');
    const address = new URL(page.url());
    expect(address.searchParams.get('targetGroup')).toBe('men-fathers');
    expect(address.searchParams.get('district')).toBe('ZO');
    expect(await results(page).getByRole('link').allTextContents()).not.toContain('Nisa 4 Nisa');

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await searchBox(page).fill('Profr');
    await page.getByRole('heading', { name: 'Bedoelde u…?' }).waitFor();
    await expect
      .poll(() => results(page).getByRole('link').first().textContent())
      .toBe('Stichting ProFor');
    await expect.poll(() => count(page).textContent()).toMatch(/Niets gevonden\. Bedoelde u/);
    expect(page.url()).not.toContain('Profr');
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'directory-similar' });
  });

  it("prints Zuidoost's who-is-who: informal partners first, ProFor among them", async () => {
    const { page } = signedIn;
    await page.goto(`${suite.server.url}/sociale-kaart`);
    await page.getByRole('link', { name: 'Wie is wie in Zuidoost' }).click();
    await heading(page, 'Wie is wie in Zuidoost').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sociale-kaart/wie-is-wie/ZO');
    const informal = page.getByRole('region', { name: 'Informele partners', exact: true });
    const formal = page.getByRole('region', { name: 'Formele partners', exact: true });
    await informal.getByRole('link', { name: 'Stichting ProFor' }).waitFor();
    await formal.getByRole('link', { name: 'Blijf Groep' }).waitFor();
    expect(await formal.getByRole('link', { name: 'Stichting ProFor' }).count()).toBe(0);
    // Nieuw-West only: not here.
    expect(await page.getByRole('link', { name: 'Nisa 4 Nisa' }).count()).toBe(0);
    await informal.getByText('Rudy Fictief').waitFor();
    await page.getByText(/^Stand van \d+ \w+ \d{4}$/).waitFor();
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'who-is-who' });

    // "Afdrukken" opens the browser's print dialogue.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // On paper: no header, menu, district choice or buttons; the date and every partner stay.
    // An A4 page is about 794 px wide at 96 dpi.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('banner').isVisible()).toBe(false);
      expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
      expect(await page.getByLabel('Stadsdeel', { exact: true }).isVisible()).toBe(false);
      expect(await heading(page, 'Wie is wie in Zuidoost').isVisible()).toBe(true);
      expect(await page.getByText(/^Stand van /).isVisible()).toBe(true);
      expect(await informal.getByRole('link', { name: 'Stichting ProFor' }).isVisible()).toBe(true);
      await page.screenshot({ path: `${shots}/who-is-who-print.png`, fullPage: true });
      await page.pdf({ path: `${shots}/who-is-who.pdf`, format: 'A4' }).catch(() => undefined);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});

describe("a member of Stichting ProFor's own staff", () => {
  const signedIn = signedInForTheseTests(suite, proForMember);

  it('finds a link to edit their own entry, and none on another', async () => {
    const { page } = signedIn;
    await page.goto(`${suite.server.url}/sociale-kaart`);
    await searchBox(page).fill('ProFor');
    await results(page).getByRole('link', { name: 'Stichting ProFor' }).click();
    await heading(page, 'Stichting ProFor').waitFor();
    const edit = page.getByRole('link', { name: 'Bewerken' });
    await edit.waitFor();
    expect(await edit.getAttribute('href')).toMatch(
      /^\/sociale-kaart\/organisaties\/[\w-]+\/bewerken$/,
    );

    await page.goto(`${suite.server.url}/sociale-kaart`);
    await searchBox(page).fill('Blijf Groep');
    await results(page).getByRole('link', { name: 'Blijf Groep' }).click();
    await heading(page, 'Blijf Groep').waitFor();
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
  });

  it('is told when an entry does not exist', async () => {
    const { page } = signedIn;
    await page.goto(
      `${suite.server.url}/sociale-kaart/organisaties/00000000-0000-7000-8000-000000000000`,
    );
    await heading(page, 'Deze organisatie staat niet in de sociale kaart').waitFor();
    await page.goto(`${suite.server.url}/sociale-kaart/wie-is-wie/QQ`);
    await heading(page, 'Dit stadsdeel bestaat niet').waitFor();
    await page.getByRole('link', { name: 'Wie is wie in Zuidoost' }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('someone not signed in', () => {
  it('is sent to sign in first', async () => {
    const page = await suite.freshPage();
    await page.goto(`${suite.server.url}/sociale-kaart`);
    await heading(page, 'Inloggen bij Schakel').waitFor();
  });
});
