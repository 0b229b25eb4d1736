import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../src/server/demo/demo-directory.js';
import { neutralAddress } from '../src/web/features/public-directory/quickExit.js';
import { browserSuite, expectNoAxeViolations } from './browser.js';

// The directory's public page for residents: search without signing in, an entry with its
// role and no contact person, nothing fetched from elsewhere, and a quick exit that leaves no
// way back. Off by default: then the page only says it is not public here.

const searchPath = '/publiek/sociale-kaart';
const profor = demoDirectory.find((entry) => entry.organisation === 'Stichting ProFor');
const blijf = demoDirectory.find((entry) => entry.organisation === 'Blijf Groep');
if (!profor || !blijf) throw new Error('The demo directory lacks Stichting ProFor or Blijf Groep');
/** The demo's warm-line contacts and confidential addresses: never on the public page. */
const contactNames = demoDirectory.flatMap((entry) => entry.contacts ?? []).map((c) => c.name);
const confidentialAddresses = demoDirectory
  .flatMap((entry) => entry.locations ?? [])
  .filter((location) => location.confidential)
  .flatMap((location) => [location.name, location.streetAddress]);

/** A page a resident might have been on before: served by the test, not by the internet. */
const previousSite = 'https://vorige-pagina.test.example/';

/** Answers the neutral address and the previous site with a stub: the tests go nowhere. */
async function stubOtherSites(page: Page): Promise<void> {
  await page.route(`${new URL(neutralAddress).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><h1>Het weer</h1>' }),
  );
  await page.route(`${previousSite}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Vorige</title><h1>Vorige</h1>' }),
  );
}

/** axe at desktop width and at a phone's 390 px, with the quick exit in view at both. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await expectNoAxeViolations(page);
    // Scrolled to the very bottom, the quick exit is still at the top of the window.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page.getByRole('button', { name: 'Deze pagina snel verlaten' }).boundingBox();
    expect(box?.y, `quick exit in view at ${width} px`).toBeGreaterThanOrEqual(0);
    expect(box?.y, `quick exit in view at ${width} px`).toBeLessThan(120);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/public-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 844 });
}

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('the public directory page, turned on', () => {
  const suite = browserSuite({ publicDirectory: true });

  it('lets a resident search and open an entry: its role, no contact person, nothing from elsewhere', async () => {
    const page = await suite.freshPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${suite.server.url}${searchPath}`);
    await page
      .getByRole('heading', { level: 1, name: 'Hulp bij geweld of spanning thuis' })
      .waitFor();
    expect(await page.title()).toBe('Hulp zoeken – Schakel');

    // None of the signed-in chrome: no sign-in link, no menu.
    expect(await page.getByRole('link', { name: 'Inloggen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /menu/i }).count()).toBe(0);
    // The quick exit comes right after the skip link in the tab order.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Direct naar de inhoud');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Deze pagina snel verlaten');

    // Search as you type.
    await page.getByLabel('Waar zoekt u hulp bij?').pressSequentially('vaders', { delay: 40 });
    // The list of all organisations gives way to the ones for "vaders".
    await expect.poll(() => page.getByRole('link', { name: 'Nisa 4 Nisa' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Stichting ProFor' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /organisaties? gevonden/ })
      .waitFor();
    await checkBothWidths(page, 'search');

    await page.getByRole('link', { name: 'Stichting ProFor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stichting ProFor' }).waitFor();
    // The address holds the organisation's id only, never the words searched for.
    expect(page.url()).toMatch(new RegExp(`${searchPath}/[0-9a-f-]{36}$`));
    await page.getByRole('heading', { name: 'Wat wij doen' }).waitFor();
    await page.getByText(profor.profile.whatWeDo ?? '').waitFor();
    await page.getByRole('heading', { name: 'Wat wij niet doen' }).waitFor();
    await page.getByText(profor.profile.whatWeDoNot ?? '').waitFor();
    await page.getByRole('heading', { name: 'Vadergroep Zuidoost' }).waitFor();
    await page.getByRole('link', { name: profor.profile.phone ?? '' }).waitFor();
    const text = await page.locator('body').textContent();
    for (const name of contactNames) expect(text).not.toContain(name);
    await checkBothWidths(page, 'entry');

    // Back to the search: the words are still there, and so are the results.
    await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
    await page.getByRole('link', { name: 'Stichting ProFor' }).waitFor();
    expect(await page.getByLabel('Waar zoekt u hulp bij?').inputValue()).toBe('vaders');

    // A shelter's entry: its public offer, never its confidential address.
    await page.getByLabel('Waar zoekt u hulp bij?').fill('');
    await page.getByLabel('Soort hulp').selectOption({ label: 'Opvang' });
    await page.getByRole('link', { name: 'Blijf Groep' }).click();
    await page.getByRole('heading', { level: 1, name: 'Blijf Groep' }).waitFor();
    await page.getByText(blijf.profile.whatWeDo ?? '').waitFor();
    const shelterText = await page.locator('body').textContent();
    for (const secret of [...confidentialAddresses, ...contactNames]) {
      expect(shelterText).not.toContain(secret);
    }

    const origin = new URL(suite.server.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    // Nothing left behind in the browser for the next person at a shared computer.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  it('leaves for the neutral address with one press, and Back does not return to the directory', async () => {
    const page = await suite.freshPage();
    await stubOtherSites(page);
    await page.goto(previousSite);
    await page.goto(`${suite.server.url}${searchPath}`);
    const historyLength = () => page.evaluate(() => history.length);
    const onArrival = await historyLength();
    await page.getByLabel('Waar zoekt u hulp bij?').fill('vaders');
    await page.getByRole('link', { name: 'Stichting ProFor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stichting ProFor' }).waitFor();
    await page.getByRole('link', { name: 'Terug naar zoeken' }).click();
    await page.getByRole('link', { name: 'Stichting ProFor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stichting ProFor' }).waitFor();
    // However far the resident clicked, the directory took one place in the history.
    expect(await historyLength()).toBe(onArrival);

    await page.getByRole('button', { name: 'Deze pagina snel verlaten' }).click();
    await page.waitForURL(neutralAddress);
    // The weather page took the directory's place: no entry was added.
    expect(await historyLength()).toBe(onArrival);
    await page.goBack();
    await page.waitForURL(previousSite);
    expect(page.url()).not.toContain(searchPath);
  });

  it('leaves on Escape pressed twice quickly, not on one press', async () => {
    const page = await suite.freshPage();
    await stubOtherSites(page);
    await page.goto(`${suite.server.url}${searchPath}`);
    await page.getByLabel('Waar zoekt u hulp bij?').fill('opvang');
    await page.getByRole('link', { name: 'Blijf Groep' }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1200);
    expect(page.url()).toContain(searchPath);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(neutralAddress);
  });

  it('speaks English too', async () => {
    const page = await suite.freshPage();
    await page.goto(`${suite.server.url}${searchPath}`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Help with violence or tension at home' })
      .waitFor();
    await page.getByRole('button', { name: 'Leave this page quickly' }).waitFor();
    await page.getByLabel('What do you need help with?').fill('fathers');
    await page.getByRole('link', { name: 'Stichting ProFor' }).click();
    await page.getByRole('heading', { name: "What we don't do" }).waitFor();
    await expectNoAxeViolations(page);
  });
});

describe('the public directory page, turned off (the default)', () => {
  const suite = browserSuite();

  it('says the directory is not public here, without an error', async () => {
    const page = await suite.freshPage();
    await page.goto(`${suite.server.url}${searchPath}`);
    await page
      .getByRole('heading', { level: 1, name: 'De sociale kaart is hier niet openbaar' })
      .waitFor();
    expect(await page.title()).toBe('Niet openbaar – Schakel');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByLabel('Waar zoekt u hulp bij?').count()).toBe(0);
    await page.getByRole('button', { name: 'Deze pagina snel verlaten' }).waitFor();
    await checkBothWidths(page, 'off');

    // An entry's address says the same, whatever the id.
    await page.goto(`${suite.server.url}${searchPath}/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b`);
    await page
      .getByRole('heading', { level: 1, name: 'De sociale kaart is hier niet openbaar' })
      .waitFor();
  });
});
