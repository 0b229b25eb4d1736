import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../testing/api-client.js';
import { startOidcProvider } from '../testing/oidc-provider.js';
import { createTestApp, fakeClock, type TestContext } from '../testing/test-app.js';
import { totpCode } from './totp.js';

const clock = fakeClock(new Date());
let ctx: TestContext;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let organisationId: string;
let otherOrganisationId: string;

const client = { clientId: 'schakel', clientSecret: 'een-geheim-alleen-voor-deze-test' };

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  provider = await startOidcProvider({
    ...client,
    redirectUri: 'http://localhost:3000/api/v1/sso/callback',
    accounts: {
      'politie-4711': { email: 'agent.jansen@test.schakel.example', email_verified: true },
      'politie-4712': { email: 'analist.politie@test.schakel.example', email_verified: true },
      'politie-4713': { email: 'niet.geverifieerd@test.schakel.example', email_verified: false },
      'politie-4714': { email: 'onbekend@test.schakel.example', email_verified: true },
      'politie-4715': { email: 'elders@test.schakel.example', email_verified: true },
    },
  });
  organisationId = (await ctx.newOrganisation({ kind: 'formal' })).id;
  otherOrganisationId = (await ctx.newOrganisation({ kind: 'formal' })).id;
  const admin = await ctx.newUser({ roles: [{ role: 'admin' }] });
  const adminTab = apiClient(ctx.app);
  await adminTab.signInFully(admin, clock());
  const configured = await adminTab.request('PUT', `/organisations/${organisationId}/sso`, {
    issuer: provider.issuer,
    ...client,
  });
  expect(configured.statusCode).toBe(204);
});
afterAll(async () => {
  await ctx?.close();
  await provider?.close();
});

/** The whole round trip: Schakel → provider (login, consent) → Schakel's callback. */
async function signInThroughProvider(accountId: string, organisation = organisationId) {
  const start = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/sso/start?organisation=${organisation}`,
  });
  expect(start.statusCode).toBe(302);
  const binding = start.cookies.find((cookie) => cookie.name === 'schakel-sso');
  const back = await provider.signIn(String(start.headers.location), accountId);
  const callback = await ctx.app.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    cookies: binding ? { 'schakel-sso': binding.value } : {},
  });
  const session = callback.cookies.find((cookie) => cookie.name === 'schakel-session');
  return { start, binding, back, callback, session };
}

describe('single sign-on through the organisation’s OpenID provider', () => {
  it('links a user by verified e-mail, then asks Schakel’s second factor', async () => {
    const officer = await ctx.newUser({
      email: 'agent.jansen@test.schakel.example',
      roles: [{ role: 'member' }],
    });
    await ctx.database.db
      .updateTable('users')
      .set({ organisation_id: organisationId })
      .where('id', '=', officer.user.id)
      .execute();

    const { start, binding, callback, session } = await signInThroughProvider('politie-4711');
    expect(String(start.headers.location)).toMatch(/code_challenge_method=S256/);
    expect(binding).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/inloggen/code');

    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { 'schakel-session': session?.value ?? '' },
    });
    expect(me.json()).toMatchObject({
      user: { email: officer.email },
      session: { stage: 'password' },
    });
    const code = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/session/mfa',
      headers: { 'x-csrf-protection': '1' },
      cookies: { 'schakel-session': session?.value ?? '' },
      payload: { code: totpCode(officer.totpSecret ?? '', clock()) },
    });
    expect(code.json()).toMatchObject({ mfaRequired: false });
  });

  it('recognises the linked identity the next time', async () => {
    await ctx.database.db
      .updateTable('users')
      .set({ email: 'nieuw.adres@test.schakel.example' })
      .where('email', '=', 'agent.jansen@test.schakel.example')
      .execute();
    const { callback } = await signInThroughProvider('politie-4711');
    expect(callback.headers.location).toBe('/inloggen/code');
  });

  it('signs an analyst in completely: no second factor for figures only', async () => {
    const analyst = await ctx.newUser({ email: 'analist.politie@test.schakel.example' });
    await ctx.database.db
      .updateTable('users')
      .set({ organisation_id: organisationId })
      .where('id', '=', analyst.user.id)
      .execute();
    const { callback } = await signInThroughProvider('politie-4712');
    expect(callback.headers.location).toBe('/');
  });

  it.each([
    ['an unverified e-mail address', 'politie-4713'],
    ['an address without a Schakel account', 'politie-4714'],
  ])('refuses %s, calmly', async (_case, accountId) => {
    if (accountId === 'politie-4713')
      await ctx.newUser({ email: 'niet.geverifieerd@test.schakel.example' });
    const { callback, session } = await signInThroughProvider(accountId);
    expect(callback.headers.location).toBe('/inloggen?sso=mislukt');
    expect(session).toBeUndefined();
  });

  it('does not let one organisation’s provider sign in a user of another organisation', async () => {
    const elsewhere = await ctx.newUser({ email: 'elders@test.schakel.example' });
    await ctx.database.db
      .updateTable('users')
      .set({ organisation_id: otherOrganisationId })
      .where('id', '=', elsewhere.user.id)
      .execute();
    const { callback } = await signInThroughProvider('politie-4715');
    expect(callback.headers.location).toBe('/inloggen?sso=mislukt');
  });

  it('refuses a callback from another browser (no binding cookie) and a replayed one', async () => {
    const start = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/sso/start?organisation=${organisationId}`,
    });
    const binding = start.cookies.find((cookie) => cookie.name === 'schakel-sso')?.value ?? '';
    const back = await provider.signIn(String(start.headers.location), 'politie-4712');
    const foreign = await ctx.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(foreign.headers.location).toBe('/inloggen?sso=mislukt');
    const first = await ctx.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      cookies: { 'schakel-sso': binding },
    });
    expect(first.headers.location).toBe('/');
    const replay = await ctx.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      cookies: { 'schakel-sso': binding },
    });
    expect(replay.headers.location).toBe('/inloggen?sso=mislukt');
  });

  it('lists the organisations with single sign-on, and is set up by administrators only', async () => {
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/sso/organisations' });
    expect((list.json() as { items: { id: string }[] }).items.map((o) => o.id)).toEqual([
      organisationId,
    ]);
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const tab = apiClient(ctx.app);
    await tab.signInFully(member, clock());
    const refused = await tab.request('PUT', `/organisations/${otherOrganisationId}/sso`, {
      issuer: 'https://login.elders.example',
      ...client,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('answers 404, not an error, for an organisation that does not exist', async () => {
    const admin = await ctx.newUser({ roles: [{ role: 'admin' }] });
    const tab = apiClient(ctx.app);
    await tab.signInFully(admin, clock());
    const answer = await tab.request(
      'PUT',
      '/organisations/01a2238c-eafb-75d9-be35-b03d42e46399/sso',
      {
        issuer: 'https://login.elders.example',
        ...client,
      },
    );
    expect(answer.statusCode).toBe(404);
  });
});
