import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectAccessibleOnDesktopAndPhone,
  signedInForTheseTests,
} from './browser.js';

// Keeping the partner directory current: an organisation's own member edits its entry and
// sees the change in its history; a coordinator reads a file in, all or nothing. A TOTP code
// works once per user: each demo user signs in once in this file and keeps that session. The
// scenarios check axe at two widths on every step: they get three minutes, not the default one.
const member = 'farah@demo.schakel.example'; // Nisa 4 Nisa, an informal partner in Nieuw-West
const coordinator = 'coordinator.nw@demo.schakel.example';
const shots = '/tmp/shots-edit';

const suite = browserSuite();

/**
 * Ticks a box the way a person does, by its label (the Design System draws its own box over
 * the input), and checks that it took.
 */
async function tick(scope: Locator, label: string): Promise<void> {
  await scope.getByText(label, { exact: true }).click();
  expect(await scope.getByLabel(label, { exact: true }).isChecked()).toBe(true);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });

async function organisationId(name: string): Promise<string> {
  const { db } = suite.server.database.open();
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

const editPath = async (name: string) =>
  `/sociale-kaart/organisaties/${await organisationId(name)}/bewerken`;

beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

describe('a member of an informal partner', () => {
  const signedIn = signedInForTheseTests(suite, member, { stepTimeoutMs: 15_000 });

  it('keeps the own organisation’s entry current, and finds every change in its history', async () => {
    const { page } = signedIn;
    await page.goto(`${suite.server.url}${await editPath('Nisa 4 Nisa')}`);
    await heading(page, 'Nisa 4 Nisa bijwerken').waitFor();
    expect(await page.title()).toBe('Nisa 4 Nisa bijwerken – Schakel');
    // The entry's own words, ready to change.
    expect(await page.getByLabel('Wat wij niet doen', { exact: true }).inputValue()).toContain(
      'Wij doen geen onderzoek naar veiligheid',
    );
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'edit' });

    // What is not our role: changed, and saved with its own button.
    const notOurRole =
      'Wij geven geen juridisch advies en doen geen meldingen namens anderen. Bij acuut gevaar bellen wij 112.';
    await page.getByLabel('Wat wij niet doen', { exact: true }).fill(notOurRole);
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('Het profiel is opgeslagen');

    // A website that is none is refused beside its field, before anything is sent.
    await page.getByLabel('Website').fill('nisa4nisa');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul een webadres in');
    expect(await page.title()).toBe('(1 invoerfout) Nisa 4 Nisa bijwerken – Schakel');
    await page.getByLabel('Website').fill('');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await expect.poll(() => focusedText(page)).toContain('Het profiel is opgeslagen');
    expect(await page.title()).toBe('Nisa 4 Nisa bijwerken – Schakel');

    // A new service, every kind of field; a name is needed.
    await page.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    await expect.poll(() => focusedText(page)).toBe('Aanbod toevoegen');
    const serviceForm = page.getByRole('form', { name: 'Aanbod toevoegen' });
    await serviceForm.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vul de naam van het aanbod in.');
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'edit-service-form' });

    await serviceForm.getByLabel('Naam van het aanbod').fill('Spreekuur geldzorgen');
    await serviceForm
      .getByLabel('Beschrijving')
      .fill('Samen kijken naar brieven en rekeningen, en de weg vinden naar schuldhulp.');
    await tick(serviceForm.getByRole('group', { name: 'Soort aanbod' }), 'Hulp bij schulden');
    await tick(serviceForm.getByRole('group', { name: 'Voor wie' }), 'Vrouwen');
    await tick(
      serviceForm.getByRole('group', { name: 'Hoe komt iemand bij dit aanbod?' }),
      'Bellen',
    );
    await tick(serviceForm.getByRole('group', { name: 'Talen', exact: true }), 'Arabisch');
    await serviceForm.getByLabel('Openingstijden').fill('Donderdag 13.00–15.00 uur');
    await serviceForm.getByLabel('Aantal plaatsen').fill('8');
    expect(
      await serviceForm
        .getByRole('group', { name: 'Stadsdelen' })
        .getByLabel('Nieuw-West')
        .isChecked(),
    ).toBe(true);
    await serviceForm.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('Het aanbod ‘Spreekuur geldzorgen’ is toegevoegd');
    const services = page.getByRole('list', { name: 'Aanbod van deze organisatie' });
    await services.getByRole('heading', { name: 'Spreekuur geldzorgen' }).waitFor();
    await services.getByText('Hulp bij schulden').waitFor();

    // A warm-line contact only with their consent, ticked explicitly.
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    const contactForm = page.getByRole('form', { name: 'Contactpersoon toevoegen' });
    await contactForm.getByLabel('Naam', { exact: true }).fill('Yasmina (demo)');
    await contactForm.getByLabel('Functie').fill('Coördinator vrijwilligers');
    await contactForm.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await expect.poll(() => focusedText(page)).toContain('Vink aan dat deze persoon');
    await tick(contactForm, 'Deze persoon wil in de sociale kaart staan');
    await contactForm.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('Yasmina (demo) is toegevoegd als contactpersoon');

    // Its own people may keep a confidential address, and are told what that means.
    await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
    const locationForm = page.getByRole('form', { name: 'Locatie toevoegen' });
    await locationForm.getByText('Alleen de mensen van uw eigen organisatie zien').waitFor();
    await locationForm.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => focusedText(page)).toBe('Locatie toevoegen');

    // "Vermelding bevestigen": last confirmed today.
    await page.getByRole('button', { name: 'Vermelding bevestigen' }).click();
    await expect.poll(() => focusedText(page)).toContain('De vermelding is bevestigd');
    const today = new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(new Date());
    await page.getByText(`Laatst bevestigd: ${today}`).waitFor();

    // The history: who, which organisation, what — newest first.
    await page.getByRole('button', { name: 'Geschiedenis bekijken' }).click();
    const history = page.getByRole('table', { name: /wijzigingen, nieuwste eerst/ });
    await history.waitFor();
    const rows = history.getByRole('row');
    const firstRow = rows.nth(1);
    await firstRow.getByRole('cell', { name: 'Sociale kaart: gegevens bevestigd' }).waitFor();
    await firstRow.getByRole('cell', { name: 'Farah (demo)' }).waitFor();
    await firstRow.getByRole('cell', { name: 'Nisa 4 Nisa' }).waitFor();
    for (const action of [
      'Sociale kaart: contactpersoon toegevoegd',
      'Sociale kaart: aanbod toegevoegd',
      'Sociale kaart: profiel gewijzigd',
    ]) {
      await history.getByRole('cell', { name: action, exact: true }).first().waitFor();
    }
    // Saved twice: two changes of the profile.
    expect(
      await history.getByRole('cell', { name: 'Sociale kaart: profiel gewijzigd' }).count(),
    ).toBe(2);
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'edit-history' });

    // What others read: the new role, on the entry as saved (a fresh load of the page).
    await page.reload();
    await heading(page, 'Nisa 4 Nisa bijwerken').waitFor();
    expect(await page.getByLabel('Wat wij niet doen', { exact: true }).inputValue()).toBe(
      notOurRole,
    );
  }, 180_000);

  it('is told kindly that another organisation’s entry and the import are not theirs', async () => {
    const { page } = signedIn;
    await page.goto(`${suite.server.url}${await editPath('Buurtteam Amsterdam Nieuw-West')}`);
    await heading(page, 'U heeft geen toegang tot deze pagina').waitFor();
    await page.goto(`${suite.server.url}/sociale-kaart/uitwisselen`);
    await heading(page, 'U heeft geen toegang tot deze pagina').waitFor();
  });
});

describe('a coordinator', () => {
  const signedIn = signedInForTheseTests(suite, coordinator, { stepTimeoutMs: 15_000 });

  it('edits entries of the district: no confidential address, and confirms one to be checked', async () => {
    const { page } = signedIn;
    await page.goto(`${suite.server.url}${await editPath('Nisa 4 Nisa')}`);
    await heading(page, 'Nisa 4 Nisa bijwerken').waitFor();
    await page.getByText('Een vertrouwelijk adres (zoals van een opvang) zien alleen').waitFor();
    await page.getByRole('button', { name: 'Locatie toevoegen' }).click();
    const locationForm = page.getByRole('form', { name: 'Locatie toevoegen' });
    await locationForm.getByLabel('Naam van de locatie').fill('Buurthuis De Boeg (demo)');
    await locationForm.getByLabel('Straat en huisnummer').fill('Demostraat 1');
    await locationForm.getByLabel('Postcode').fill('1000 AA');
    expect(await locationForm.getByLabel('Dit is een vertrouwelijk adres').count()).toBe(0);
    await locationForm.getByRole('button', { name: 'Locatie toevoegen' }).click();
    await expect
      .poll(() => focusedText(page))
      .toContain('De locatie ‘Buurthuis De Boeg (demo)’ is toegevoegd');

    // An entry not confirmed for 7 months is "te controleren", until someone confirms it.
    await page.goto(`${suite.server.url}${await editPath('Buurtteam Amsterdam Nieuw-West')}`);
    await heading(page, 'Buurtteam Amsterdam Nieuw-West bijwerken').waitFor();
    const toBeChecked = page.getByRole('heading', { name: 'Te controleren' });
    await toBeChecked.waitFor();
    await page.getByRole('button', { name: 'Vermelding bevestigen' }).click();
    await expect.poll(() => focusedText(page)).toContain('De vermelding is bevestigd');
    expect(await toBeChecked.count()).toBe(0);
  });

  it('reads in a file: a broken row refuses all of it, with its line; a good file is counted', async () => {
    const { page } = signedIn;
    // The way there: from the directory's search page, for those who keep organisations.
    await page.goto(`${suite.server.url}/sociale-kaart`);
    await page
      .getByRole('link', { name: 'Sociale kaart importeren of exporteren (CSV, HSDS)' })
      .click();
    await heading(page, 'Sociale kaart uitwisselen').waitFor();
    // Downloads are plain links, for the coordinator's own district when chosen.
    await page.getByLabel('Organisaties uit').selectOption({ label: 'Nieuw-West' });
    expect(
      await page.getByRole('link', { name: 'Download als CSV-bestand' }).getAttribute('href'),
    ).toBe('/api/v1/directory/export?format=csv&district=NW');
    const csv = await page.request.get(
      `${suite.server.url}/api/v1/directory/export?format=csv&district=NW`,
    );
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Nisa 4 Nisa');
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'exchange' });

    const header =
      'organisation_name,organisation_kind,organisation_districts,service_name,categories';
    const file = (categories: string) => ({
      name: 'nieuwe-partners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          header,
          'Stichting Buurtmoeders (demo),informal,NW,Inloopochtend,walk-in',
          `Stichting Buurtmoeders (demo),informal,NW,Praatgroep voor moeders,${categories}`,
          '',
        ].join('\n'),
      ),
    });

    await page.getByLabel('Bestand', { exact: true }).setInputFiles(file('not-a-category'));
    expect(await page.getByLabel('CSV', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Eerst controleren' }).click();
    await expect.poll(() => focusedText(page)).toContain('Er staat 1 fout in het bestand');
    const errors = page.getByRole('list', { name: 'Fouten in het bestand' });
    await errors.getByText('Regel 3, kolom categories').waitFor();
    await page.getByText('Er is niets opgeslagen.', { exact: false }).first().waitFor();
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'exchange-refused' });

    // Importing it anyway writes nothing either.
    await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
    await expect.poll(() => focusedText(page)).toContain('Er staat 1 fout in het bestand');
    const { db } = suite.server.database.open();
    const none = await db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', 'Stichting Buurtmoeders (demo)')
      .execute();
    expect(none).toEqual([]);

    await page.getByLabel('Bestand', { exact: true }).setInputFiles(file('support-group'));
    await page.getByRole('button', { name: 'Eerst controleren' }).click();
    await expect.poll(() => focusedText(page)).toContain('Het bestand is goed');
    await page.getByText('Nieuwe organisaties: 1').waitFor();
    await page.getByRole('button', { name: 'Inlezen', exact: true }).click();
    await expect.poll(() => focusedText(page)).toContain('Het bestand is ingelezen');
    await page.getByText('Nieuwe organisaties: 1').waitFor();
    await page.getByText('Nieuw aanbod: 2').waitFor();
    await expectAccessibleOnDesktopAndPhone(page, { folder: shots, name: 'exchange-imported' });
    await organisationId('Stichting Buurtmoeders (demo)');
  }, 180_000);
});
