import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../testing/api-client.js';
import { startSmtpInbox } from '../testing/smtp-inbox.js';
import { createTestApp, fakeClock, type TestContext } from '../testing/test-app.js';

const clock = fakeClock();
let ctx: TestContext;
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
let admin: ReturnType<typeof apiClient>;
let organisationId: string;
let districtCode: string;
let networkGroupId: string;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  ctx = await createTestApp({ clock, smtpUrl: inbox.url });
  const adminUser = await ctx.newUser({ roles: [{ role: 'admin' }] });
  admin = apiClient(ctx.app);
  expect((await admin.signInFully(adminUser, clock())).statusCode).toBe(200);
  districtCode = (await ctx.newDistrict()).code;
  organisationId = (await ctx.newOrganisation({ districtCodes: [districtCode] })).id;
  networkGroupId = (await ctx.newNetworkGroup({ districtCode, organisationIds: [organisationId] }))
    .id;
});
afterAll(async () => {
  await ctx?.close();
  await inbox?.close();
});

const invite = (email: string, role: 'analyst' | 'member' = 'analyst') =>
  admin.request('POST', '/invitations', {
    email,
    displayName: 'Nieuwe Collega',
    organisationId,
    role,
    ...(role === 'analyst' ? { districtCode } : { networkGroupId }),
  });

describe('an invitation', () => {
  it('is mailed with a single-use link, and lets the person choose a password and sign in', async () => {
    const email = 'nieuwe.collega@test.schakel.example';
    expect((await invite(email)).statusCode).toBe(201);
    const token = await inbox.linkToken(email, '/uitnodiging');
    expect(inbox.received.at(-1)?.text).toContain('http://localhost:3000/uitnodiging#');

    // Not yet active: no sign-in before a password is chosen.
    expect((await apiClient(ctx.app).signIn(email, 'wolken-boven-de-ijssel')).statusCode).toBe(401);

    const weak = await apiClient(ctx.app).request('POST', '/invitations/accept', {
      token,
      password: 'welkom123',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ errors: [{ path: 'password', code: 'too-short' }] });

    const accepted = await apiClient(ctx.app).request('POST', '/invitations/accept', {
      token,
      password: 'wolken-boven-de-ijssel',
    });
    expect(accepted.statusCode).toBe(204);
    const again = await apiClient(ctx.app).request('POST', '/invitations/accept', {
      token,
      password: 'nog-een-ander-wachtwoord',
    });
    expect(again.statusCode).toBe(422);

    const tab = apiClient(ctx.app);
    expect((await tab.signIn(email, 'wolken-boven-de-ijssel')).json()).toMatchObject({
      me: { user: { email, displayName: 'Nieuwe Collega' }, roles: [{ role: 'analyst' }] },
    });
  });

  it('of a member asks them to set up an authenticator app at first sign-in', async () => {
    const email = 'nieuw.lid@test.schakel.example';
    expect((await invite(email, 'member')).json()).toMatchObject({ userId: expect.any(String) });
    const token = await inbox.linkToken(email, '/uitnodiging');
    await apiClient(ctx.app).request('POST', '/invitations/accept', {
      token,
      password: 'tulpen-in-de-regen',
    });
    expect((await apiClient(ctx.app).signIn(email, 'tulpen-in-de-regen')).json()).toMatchObject({
      mfaRequired: true,
      enrolmentRequired: true,
    });
  });

  it('cannot be sent twice to one address, nor by someone who is not an administrator', async () => {
    expect((await invite('nieuwe.collega@test.schakel.example')).statusCode).toBe(409);
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const tab = apiClient(ctx.app);
    await tab.signInFully(member, clock());
    const refused = await tab.request('POST', '/invitations', {
      email: 'iemand@test.schakel.example',
      displayName: 'Iemand',
      organisationId,
      role: 'admin',
    });
    expect(refused.statusCode).toBe(403);
  });

  it('expires after seven days', async () => {
    const email = 'te.laat@test.schakel.example';
    await invite(email);
    const token = await inbox.linkToken(email, '/uitnodiging');
    clock.advance(7 * 24 * 60 + 1);
    const late = await apiClient(ctx.app).request('POST', '/invitations/accept', {
      token,
      password: 'wolken-boven-de-ijssel',
    });
    expect(late.statusCode).toBe(422);
  });
});

describe('a forgotten password', () => {
  it('is reset with a mailed link, which ends every session and does not skip the code', async () => {
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const laptop = apiClient(ctx.app);
    await laptop.signInFully(member, clock());

    const asked = await apiClient(ctx.app).request('POST', '/password-reset', {
      email: member.email,
    });
    expect(asked.statusCode).toBe(202);
    const token = await inbox.linkToken(member.email, '/wachtwoord-herstellen');

    const reset = await apiClient(ctx.app).request('POST', '/password-reset/confirm', {
      token,
      password: 'een-nieuw-en-lang-wachtwoord',
    });
    expect(reset.statusCode).toBe(204);
    expect((await laptop.request('GET', '/me')).statusCode).toBe(401);
    expect((await apiClient(ctx.app).signIn(member.email, member.password)).statusCode).toBe(401);
    expect(
      (await apiClient(ctx.app).signIn(member.email, 'een-nieuw-en-lang-wachtwoord')).json(),
    ).toMatchObject({ mfaRequired: true });

    const reused = await apiClient(ctx.app).request('POST', '/password-reset/confirm', {
      token,
      password: 'nog-een-nieuw-wachtwoord',
    });
    expect(reused.statusCode).toBe(422);
  });

  it('answers the same for an unknown address, and mails nothing', async () => {
    const asked = await apiClient(ctx.app).request('POST', '/password-reset', {
      email: 'onbekend@test.schakel.example',
    });
    expect(asked.statusCode).toBe(202);
    expect(await inbox.settledCount('onbekend@test.schakel.example', 1)).toBe(0);
  });

  it('mails at most three links an hour to one account', async () => {
    const member = await ctx.newUser();
    for (let request = 0; request < 5; request++) {
      const asked = await apiClient(ctx.app).request('POST', '/password-reset', {
        email: member.email,
      });
      expect(asked.statusCode).toBe(202);
    }
    expect(await inbox.settledCount(member.email, 3)).toBe(3);
    clock.advance(61);
    await apiClient(ctx.app).request('POST', '/password-reset', { email: member.email });
    expect(await inbox.settledCount(member.email, 4)).toBe(4);
  });

  it('link works for one hour', async () => {
    const member = await ctx.newUser();
    await apiClient(ctx.app).request('POST', '/password-reset', { email: member.email });
    const token = await inbox.linkToken(member.email, '/wachtwoord-herstellen');
    clock.advance(61);
    const late = await apiClient(ctx.app).request('POST', '/password-reset/confirm', {
      token,
      password: 'een-nieuw-en-lang-wachtwoord',
    });
    expect(late.statusCode).toBe(422);
  });
});

describe('without an SMTP server', () => {
  it('keeps mails in an outbox that only administrators read', async () => {
    const local = await createTestApp({ clock });
    try {
      const member = await local.newUser({ roles: [{ role: 'member' }] });
      const adminUser = await local.newUser({ roles: [{ role: 'admin' }] });
      await apiClient(local.app).request('POST', '/password-reset', { email: member.email });

      const adminTab = apiClient(local.app);
      await adminTab.signInFully(adminUser, clock());
      type Outbox = { keepsMail: boolean; items: { to: string; body: string }[] };
      let outbox = (await adminTab.request('GET', '/dev-outbox')).json() as Outbox;
      for (let waited = 0; outbox.items.length === 0 && waited < 5000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20)); // kept after the answer
        outbox = (await adminTab.request('GET', '/dev-outbox')).json() as Outbox;
      }
      expect(outbox.keepsMail).toBe(true);
      expect(outbox.items[0]).toMatchObject({ to: member.email });
      expect(outbox.items[0]?.body).toContain('/wachtwoord-herstellen#');

      const memberTab = apiClient(local.app);
      clock.advance(1); // a fresh authenticator code for the next sign-in
      await memberTab.signInFully(member, clock());
      expect((await memberTab.request('GET', '/dev-outbox')).statusCode).toBe(403);
    } finally {
      await local.close();
    }
  });
});
