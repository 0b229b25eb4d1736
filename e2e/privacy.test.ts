import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/server/auth/totp.js';
import { demoPassword, demoTotpSecret } from '../src/server/demo/demo-data.js';
import {
  browserSuite,
  expectAccessibleOnDesktopAndPhone,
  expectNoAxeViolations,
  watchCsp,
} from './browser.js';

// A TOTP code works once per user: each demo user signs in with a code once in this file.
const member = 'farah@demo.schakel.example';
const admin = 'beheer@demo.schakel.example';
const analyst = 'analist@demo.schakel.example';

const suite = browserSuite();

interface SignedIn {
  context: BrowserContext;
  page: Page;
  cspViolations: string[];
}

/** A browser of its own for `email`, signed in with password and (when asked) the app's code. */
async function signIn(email: string, { code = true } = {}): Promise<SignedIn> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cspViolations = watchCsp(page);
  await page.goto(`${suite.server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  if (code) {
    await page.getByLabel('Code van 6 cijfers').fill(totpCode(demoTotpSecret, new Date()));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Welkom bij Schakel' }).waitFor();
  return { context, page, cspViolations };
}

const banner = (page: Page) => page.getByRole('banner');
const textArea = (page: Page) => page.getByRole('textbox', { name: 'Uw tekst' });
const status = (page: Page) => page.getByRole('status');
const findings = (page: Page) =>
  page.getByRole('list', { name: 'Mogelijke persoonsgegevens' }).getByRole('listitem');
/** What the layer behind the text area marks, word for word. */
const marked = (page: Page) => page.locator('.schakel-pii-backdrop mark').allTextContents();
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('a member checking a text', () => {
  let signedIn: SignedIn;
  let page: Page;
  /** Everything the browser sent while on the page: the text must not be in it. */
  const sent: string[] = [];
  beforeAll(async () => {
    signedIn = await signIn(member);
    page = signedIn.page;
    page.on('request', (request) =>
      sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`),
    );
  });
  afterAll(async () => {
    expect(signedIn?.cspViolations ?? []).toEqual([]);
    await signedIn?.context.close();
  });

  it('finds the page in the menu, told in plain words', async () => {
    await banner(page).getByRole('link', { name: 'Tekst controleren' }).click();
    await page.getByRole('heading', { name: 'Tekst controleren', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tekst-controleren');
    expect(await page.title()).toBe('Tekst controleren – Schakel');
    await page.getByText('Casustafels zijn anoniem.', { exact: false }).waitFor();
    await page
      .getByText('De tekst wordt niet verstuurd en niet bewaard.', { exact: false })
      .waitFor();
    await expectAccessibleOnDesktopAndPhone(page, {
      folder: 'test-results',
      name: 'privacy-empty',
    });
  });

  it('marks a name and a phone number while she types, and replaces them with neutral words', async () => {
    const sentence = 'Moeder en Yasmina Bakkali willen praten, bel 06-12345678';
    await textArea(page).click();
    await page.keyboard.type(sentence, { delay: 15 });

    await expect.poll(() => marked(page)).toEqual(['Yasmina Bakkali', '06-12345678']);
    await expect
      .poll(() => findings(page).locator('strong').allTextContents())
      .toEqual([
        'Mogelijk een naam: ‘Yasmina Bakkali’',
        'Mogelijk een telefoonnummer: ‘06-12345678’',
      ]);
    expect(await status(page).textContent()).toBe(
      'Er staan mogelijk 2 persoonsgegevens in de tekst.',
    );
    // The text area is described by that count, so a screen reader says it on entering.
    const describedBy = (await textArea(page).getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await status(page).getAttribute('id'));
    await expectAccessibleOnDesktopAndPhone(page, {
      folder: 'test-results',
      name: 'privacy-findings',
    });

    // The name: replaced everywhere by "de buurvrouw"; the feedback takes the focus.
    await page
      .getByRole('group', { name: 'Vervang ‘Yasmina Bakkali’ door' })
      .getByRole('button', { name: 'de buurvrouw' })
      .click();
    expect(await textArea(page).inputValue()).toBe(
      'Moeder en de buurvrouw willen praten, bel 06-12345678',
    );
    await expect
      .poll(() => focusedText(page))
      .toBe('‘Yasmina Bakkali’ is vervangen door ‘de buurvrouw’.');
    expect(await marked(page)).toEqual(['06-12345678']);

    // The phone number, with the keyboard: from the feedback, Tab reaches the next suggestion.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('[telefoonnummer]');
    await page.keyboard.press('Enter');
    expect(await textArea(page).inputValue()).toBe(
      'Moeder en de buurvrouw willen praten, bel [telefoonnummer]',
    );
    await expect
      .poll(() => status(page).textContent())
      .toBe('Schakel heeft geen persoonsgegevens gevonden.');
    expect(await findings(page).count()).toBe(0);
    expect(await marked(page)).toEqual([]);
    await expectAccessibleOnDesktopAndPhone(page, {
      folder: 'test-results',
      name: 'privacy-replaced',
    });
  });

  it('marks a word as not personal data, with a reason free of personal data', async () => {
    await textArea(page).press('End');
    await page.keyboard.type('. Het gesprek is in huiskamer Amal.', { delay: 15 });
    await expect.poll(() => marked(page)).toEqual(['Amal']);

    const item = findings(page).filter({ hasText: '‘Amal’' });
    await item.getByRole('button', { name: 'Geen persoonsgegeven' }).click();
    const reason = page.getByRole('textbox', { name: 'Waarom is ‘Amal’ geen persoonsgegeven?' });
    await expect
      .poll(() => reason.evaluate((input) => input === document.activeElement))
      .toBe(true);
    // A reason with a name in it is refused before anything is sent.
    await reason.fill('Dat zei Fatima');
    await reason.press('Enter');
    await page
      .getByText('Uw reden lijkt zelf een persoonsgegeven te bevatten.', { exact: false })
      .waitFor();
    await expectAccessibleOnDesktopAndPhone(page, {
      folder: 'test-results',
      name: 'privacy-reason-error',
    });

    await reason.fill('Dit is de naam van een huiskamer in de wijk');
    await item.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => focusedText(page))
      .toBe('‘Amal’ wordt niet meer gemarkeerd als een naam. Dat geldt voor uw hele organisatie.');
    expect(await marked(page)).toEqual([]);
    expect(await findings(page).count()).toBe(0);
    await expect
      .poll(() => status(page).textContent())
      .toBe('Schakel heeft geen persoonsgegevens gevonden.');

    // Not flagged again on this page, wherever it is written.
    await textArea(page).press('End');
    await page.keyboard.type(' Amal is open op dinsdag.', { delay: 10 });
    await page.waitForTimeout(400);
    expect(await marked(page)).toEqual([]);

    // Only the single word and the reason left the browser, never the text.
    const overrides = sent.filter(
      (line) => line.startsWith('POST ') && line.includes('/api/v1/pii-overrides'),
    );
    expect(overrides).toHaveLength(1);
    expect(JSON.parse(overrides[0]?.split(' ').slice(2).join(' ') ?? '{}')).toEqual({
      text: 'Amal',
      category: 'name',
      reason: 'Dit is de naam van een huiskamer in de wijk',
    });
    for (const line of sent) {
      expect(line).not.toContain('Bakkali');
      expect(line).not.toContain('12345678');
      expect(line).not.toContain('huiskamer Amal');
    }
    await page.screenshot({ path: 'test-results/privacy-overridden.png', fullPage: true });

    // After a reload the browser learns the organisation's marks from the server (as hashes).
    await page.reload();
    await textArea(page).fill('Gesprek in huiskamer Amal met Fatima.');
    await expect.poll(() => marked(page)).toEqual(['Fatima']);
  });

  it('keeps the marks on their words when the text wraps and scrolls', async () => {
    const line = 'Vader belt op 06-98765432 en oom Mo komt ook. ';
    await textArea(page).fill(`${line.repeat(30)}Einde bij Fatima.`);
    await expect.poll(async () => (await marked(page)).at(-1)).toBe('Fatima');
    const layout = await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('.schakel-pii-text-area');
      const layer = document.querySelector<HTMLElement>('.schakel-pii-backdrop');
      if (!area || !layer) throw new Error('no text area');
      area.scrollTop = area.scrollHeight;
      area.dispatchEvent(new Event('scroll'));
      return {
        scrolls: area.scrollHeight > area.clientHeight,
        heights: [area.scrollHeight, layer.scrollHeight],
        widths: [area.clientWidth, layer.clientWidth],
        tops: [area.scrollTop, layer.scrollTop],
      };
    });
    expect(layout.scrolls).toBe(true);
    // The same wrapping: the same content height and width; scrolled alike.
    expect(layout.heights[1]).toBe(layout.heights[0]);
    expect(layout.widths[1]).toBe(layout.widths[0]);
    expect(layout.tops[1]).toBe(layout.tops[0]);
    await textArea(page).screenshot({ path: 'test-results/privacy-scrolled.png' });
  });
});

describe('the audit trail', () => {
  it('shows the override to the administrator, without the text', async () => {
    const signedIn = await signIn(admin);
    try {
      const { page } = signedIn;
      const answer = await page.request.get(
        `${suite.server.url}/api/v1/audit-entries?action=pii.override`,
      );
      expect(answer.status()).toBe(200);
      const body = (await answer.json()) as {
        items: { action: string; outcome: string; user: { name: string } | null }[];
      };
      expect(body.items.map((entry) => [entry.action, entry.outcome, entry.user?.name])).toEqual([
        ['pii.override', 'success', 'Farah (demo)'],
      ]);
      expect(JSON.stringify(body)).not.toContain('Amal');

      await page.goto(`${suite.server.url}/beheer/logboek?action=pii.override`);
      await page
        .getByRole('table')
        .getByRole('cell', { name: 'Gemarkeerd als geen persoonsgegeven', exact: true })
        .waitFor();
      expect(signedIn.cspViolations).toEqual([]);
    } finally {
      await signedIn.context.close();
    }
  });
});

describe('the page for others', () => {
  it('sends someone who is not signed in to the sign-in page', async () => {
    const page = await suite.freshPage();
    await page.goto(`${suite.server.url}/tekst-controleren`);
    await page.getByRole('heading', { name: 'Inloggen bij Schakel', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
  });

  it('is not in the analyst’s menu, offers the analyst no override, and speaks English', async () => {
    const signedIn = await signIn(analyst, { code: false });
    try {
      const { page } = signedIn;
      expect(await banner(page).getByRole('link', { name: 'Tekst controleren' }).count()).toBe(0);
      await page.goto(`${suite.server.url}/tekst-controleren`);
      await textArea(page).fill('Moeder Fatima belt morgen.');
      await expect.poll(() => marked(page)).toEqual(['Fatima']);
      await findings(page).first().getByRole('button', { name: 'moeder' }).waitFor();
      expect(await page.getByRole('button', { name: 'Geen persoonsgegeven' }).count()).toBe(0);

      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('heading', { name: 'Check a text', level: 1 }).waitFor();
      await page.getByText('Possibly a name: ‘Fatima’').waitFor();
      await page.getByRole('textbox', { name: 'Your text' }).fill('Fatima calls tomorrow.');
      await expect.poll(() => marked(page)).toEqual(['Fatima']);
      await page
        .getByRole('group', { name: 'Replace ‘Fatima’ with' })
        .getByRole('button', { name: 'mother' })
        .click();
      expect(await page.getByRole('textbox', { name: 'Your text' }).inputValue()).toBe(
        'Mother calls tomorrow.',
      );
      await expectNoAxeViolations(page);
      expect(signedIn.cspViolations).toEqual([]);
    } finally {
      await signedIn.context.close();
    }
  });
});
