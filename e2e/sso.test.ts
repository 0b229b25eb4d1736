import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/server/auth/totp.js';
import { demoTotpSecret } from '../src/server/demo/demo-data.js';
import { startOidcProvider } from '../src/server/testing/oidc-provider.js';
import { browserSuite, expectNoAxeViolations } from './browser.js';

// Kiki's organisation signs in through its own OpenID provider (a real one, oidc-provider, with
// its development login screens). Kiki is linked by her verified e-mail address; Schakel still
// asks her second factor. A TOTP code works once per user: Kiki uses one code in this file.

const suite = browserSuite();
let provider: Awaited<ReturnType<typeof startOidcProvider>>;

beforeAll(async () => {
  provider = await startOidcProvider({
    clientId: 'schakel-buurtteam',
    clientSecret: 'een-geheim-alleen-voor-deze-test',
    redirectUri: `${suite.server.url}/api/v1/sso/callback`,
    accounts: {
      'bt-0007': { email: 'kiki@demo.schakel.example', email_verified: true },
      'bt-0099': { email: 'onbekend@test.schakel.example', email_verified: true },
    },
  });
  const { db } = suite.server.database.open();
  const organisation = await db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', 'Buurtteam Amsterdam Nieuw-West')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('organisation_sso')
    .values({
      organisation_id: organisation.id,
      issuer: provider.issuer,
      client_id: 'schakel-buurtteam',
      client_secret: 'een-geheim-alleen-voor-deze-test',
      updated_at: new Date().toISOString(),
    })
    .execute();
});
afterAll(async () => {
  await provider?.close();
});

/** From Schakel's sign-in page through the provider's login and consent screens, and back. */
async function signInAtOrganisation(page: Page, accountId: string) {
  await page.goto(`${suite.server.url}/inloggen`);
  const section = page.getByRole('region', { name: 'Of log in via uw organisatie' });
  await section
    .getByLabel('Uw organisatie')
    .selectOption({ label: 'Buurtteam Amsterdam Nieuw-West' });
  await section.getByRole('button', { name: 'Verder bij mijn organisatie' }).click();
  await page.getByPlaceholder('Enter any login').fill(accountId);
  await page.getByPlaceholder('and password').fill('wat-dan-ook');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('signing in through the organisation', () => {
  it('offers the organisations with their own sign-in, accessibly', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await page.goto(`${suite.server.url}/inloggen`);
    await page.getByRole('region', { name: 'Of log in via uw organisatie' }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('brings Kiki back to Schakel for her code, then in', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await signInAtOrganisation(page, 'bt-0007');
    await page.waitForURL(`${suite.server.url}/inloggen/code`);
    await page.getByLabel('Code van 6 cijfers').fill(totpCode(demoTotpSecret, new Date()));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL(`${suite.server.url}/`);
    await page.getByRole('banner').getByText('Kiki (demo)').first().waitFor();
    await page.context().close();
  });

  it('says calmly when the organisation’s account is not known in Schakel', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    await signInAtOrganisation(page, 'bt-0099');
    await page
      .getByRole('heading', { name: 'Inloggen via uw organisatie is niet gelukt' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
