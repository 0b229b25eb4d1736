import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoOrganisations } from '../src/server/demo/demo-data.js';
import { browserSuite, expectNoAxeViolations } from './browser.js';

const suite = browserSuite();
let page: Page;

beforeEach(async () => {
  page = await suite.freshPage();
});

describe('the start page', () => {
  it('shows the districts and partners in Dutch, with zero axe violations', async () => {
    await page.goto(suite.server.url);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Welkom bij Schakel');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('cell', { name: 'Blijf Groep' }).waitFor();
    await page.getByRole('heading', { name: 'Demo-omgeving' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Zuidoost (' }).waitFor();
    expect(await page.title()).toBe('Start – Schakel');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/start-nl.png', fullPage: true });
  });

  it('switches to English, remembers it, and stays accessible', async () => {
    await page.goto(suite.server.url);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Welcome to Schakel');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('cell', { name: 'House of B' }).waitFor();
    await page.getByRole('cell', { name: 'Informal' }).first().waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: 'test-results/start-en.png', fullPage: true });

    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Welcome to Schakel');
    await page.getByRole('button', { name: 'Schakel over naar Nederlands' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('shows only the partners of the chosen district, and remembers the choice', async () => {
    await page.goto(suite.server.url);
    await page.getByRole('cell', { name: 'Blijf Groep' }).waitFor();
    await page.getByLabel('Stadsdeel').selectOption({ label: 'Zuidoost' });
    await page.getByRole('heading', { name: 'Partners in Zuidoost' }).waitFor();
    const inZuidoost = demoOrganisations.filter((o) => o.districts.includes('ZO')).length;
    await page.getByText(`— ${inZuidoost} partners`).waitFor(); // the new list has arrived
    expect(await page.getByRole('cell', { name: 'House of B' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Nisa 4 Nisa' }).count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { name: 'Partners in Zuidoost' }).waitFor();
  });
});

describe('on a phone', () => {
  it('shows the navigation behind the menu button and stays accessible', async () => {
    const phone = await suite.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const phonePage = await phone.newPage();
    try {
      await phonePage.goto(`${suite.server.url}/bestaat-niet`);
      await phonePage.getByRole('heading', { name: 'Deze pagina bestaat niet' }).waitFor();
      await phonePage.getByRole('button', { name: 'Laat het menu zien' }).click();
      await expectNoAxeViolations(phonePage);
      await phonePage.getByRole('link', { name: 'Start', exact: true }).click();
      await phonePage.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
      await phonePage.getByRole('cell', { name: 'Blijf Groep' }).waitFor();
      await expectNoAxeViolations(phonePage);
      await phonePage.screenshot({ path: 'test-results/start-phone.png', fullPage: true });
    } finally {
      await phone.close();
    }
  });
});

describe('an unknown page', () => {
  it('says the page does not exist and leads back to the start', async () => {
    await page.goto(`${suite.server.url}/bestaat-niet`);
    await page.getByRole('heading', { name: 'Deze pagina bestaat niet' }).waitFor();
    expect(await page.title()).toBe('Pagina niet gevonden – Schakel');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Naar de startpagina', exact: true }).click();
    await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
  });
});
