import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, sessionCookieName } from '../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../testing/test-app.js';
import { totpCode } from './totp.js';

const clock = fakeClock();
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ clock });
});
afterAll(() => ctx.close());

const cookieName = sessionCookieName;
const csrf = { 'x-csrf-protection': '1' };
const browser = () => apiClient(ctx.app);

/** A member of a network group: a role that sees case data, so a second factor is due. */
const newMember = () => ctx.newUser({ roles: [{ role: 'member' }] });

describe('signing in with a password and an authenticator code', () => {
  it('asks for the second factor, then gives a full session with a new token', async () => {
    const member = await newMember();
    const tab = browser();
    const first = await tab.signIn(member.email, member.password);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ mfaRequired: true, enrolmentRequired: false });
    const cookie = first.cookies.find((c) => c.name === cookieName);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const halfwayToken = tab.token;

    expect((await tab.request('GET', '/me')).json()).toMatchObject({
      session: { stage: 'password' },
    });
    expect((await tab.request('GET', '/me/sessions')).statusCode).toBe(401);

    const second = await tab.code(totpCode(member.totpSecret ?? '', clock()));
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      mfaRequired: false,
      me: { user: { email: member.email }, roles: [{ role: 'member' }], mfa: { totp: true } },
    });
    expect(tab.token).not.toBe(halfwayToken);
    expect((await tab.request('GET', '/me/sessions')).statusCode).toBe(200);
  });

  it('accepts an authenticator code only once', async () => {
    const member = await newMember();
    const code = totpCode(member.totpSecret ?? '', clock());
    const [tab, otherTab] = [browser(), browser()];
    await tab.signIn(member.email, member.password);
    await otherTab.signIn(member.email, member.password);
    expect((await tab.code(code)).statusCode).toBe(200);
    const replay = await otherTab.code(code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ detail: 'The code is not right.' });
  });

  it('accepts a recovery code once, instead of the app', async () => {
    const member = await ctx.newUser({ roles: [{ role: 'member' }], totp: false });
    const setUp = browser();
    await setUp.signIn(member.email, member.password);
    const { secret } = (await setUp.request('POST', '/me/totp')).json() as { secret: string };
    const confirmed = await setUp.request('POST', '/me/totp/confirm', {
      code: totpCode(secret, clock()),
    });
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    const recoveryCode = recoveryCodes[0] ?? '';

    const tab = browser();
    await tab.signIn(member.email, member.password);
    const used = await tab.code(recoveryCode.toUpperCase());
    expect(used.statusCode).toBe(200);
    expect(used.json()).toMatchObject({ me: { mfa: { recoveryCodesLeft: 9 } } });

    const again = browser();
    await again.signIn(member.email, member.password);
    expect((await again.code(recoveryCode)).statusCode).toBe(401);
  });

  it('ends a session that guesses five wrong codes', async () => {
    const member = await newMember();
    const tab = browser();
    await tab.signIn(member.email, member.password);
    for (let attempt = 1; attempt < 5; attempt++) {
      expect((await tab.code('000000')).json()).toMatchObject({ detail: 'The code is not right.' });
    }
    expect((await tab.code('000000')).json()).toMatchObject({
      detail: 'Too many wrong codes: sign in again.',
    });
    expect((await tab.code(totpCode(member.totpSecret ?? '', clock()))).statusCode).toBe(401);
    expect((await tab.request('GET', '/me')).statusCode).toBe(401);
  });
});

describe('signing in without a second factor', () => {
  it('gives an analyst, who sees figures only, a full session at once', async () => {
    const analyst = await ctx.newUser({ roles: [{ role: 'analyst' }] });
    const tab = browser();
    expect((await tab.signIn(analyst.email, analyst.password)).json()).toMatchObject({
      mfaRequired: false,
      me: { session: { stage: 'complete' }, mfa: { required: false } },
    });
    expect((await tab.request('GET', '/me/sessions')).statusCode).toBe(200);
  });
});

describe('setting up an authenticator app', () => {
  it('is required at first sign-in, and completes it with a first code', async () => {
    const member = await ctx.newUser({ roles: [{ role: 'member' }], totp: false });
    const tab = browser();
    expect((await tab.signIn(member.email, member.password)).json()).toMatchObject({
      mfaRequired: true,
      enrolmentRequired: true,
    });
    const enrolment = (await tab.request('POST', '/me/totp')).json() as {
      secret: string;
      otpauthUri: string;
      qrCode: string;
    };
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Schakel:/);
    expect(enrolment.qrCode).toMatch(/^data:image\/png;base64,/);

    const wrong = await tab.request('POST', '/me/totp/confirm', { code: '123456' });
    expect(wrong.statusCode).toBe(422);
    const before = tab.token;
    const right = await tab.request('POST', '/me/totp/confirm', {
      code: totpCode(enrolment.secret, clock()),
    });
    expect(right.statusCode).toBe(200);
    expect((right.json() as { recoveryCodes: string[] }).recoveryCodes).toHaveLength(10);
    expect(tab.token).not.toBe(before);
    expect((await tab.request('GET', '/me')).json()).toMatchObject({
      session: { stage: 'complete' },
      mfa: { totp: true, recoveryCodesLeft: 10 },
    });
    expect((await tab.request('POST', '/me/totp')).statusCode).toBe(403);
  });
});

describe('changes that could keep an account for a thief', () => {
  it('need a sign-in of the last 15 minutes', async () => {
    const member = await newMember();
    const tab = browser();
    await tab.signIn(member.email, member.password);
    await tab.code(totpCode(member.totpSecret ?? '', clock()));
    expect((await tab.request('POST', '/me/recovery-codes')).statusCode).toBe(200);

    clock.advance(16); // still signed in (idle limit 30 minutes), but not recently
    expect((await tab.request('GET', '/me')).statusCode).toBe(200);
    const stale = await tab.request('POST', '/me/recovery-codes');
    expect(stale.statusCode).toBe(401);
    expect(stale.json()).toMatchObject({ type: 'urn:schakel:problem:reauthentication-required' });
    expect((await tab.request('POST', '/me/passkeys/options')).statusCode).toBe(401);

    const again = browser();
    await again.signIn(member.email, member.password);
    await again.code(totpCode(member.totpSecret ?? '', clock()));
    expect((await again.request('POST', '/me/recovery-codes')).statusCode).toBe(200);
  });
});

describe('adding a second factor halfway through sign-in', () => {
  it('is refused to a user who already has one: a password alone must not be enough', async () => {
    const member = await newMember(); // has an authenticator app
    const tab = browser();
    await tab.signIn(member.email, member.password);
    expect((await tab.request('POST', '/me/passkeys/options')).statusCode).toBe(403);
    await ctx.database.db
      .updateTable('users')
      .set({ totp_enabled_at: null, totp_secret: 'JBSWY3DPEHPK3PXP' })
      .where('id', '=', member.user.id)
      .execute();
    await ctx.database.db
      .insertInto('passkeys')
      .values({
        id: '01a2238c-eafb-75d9-be35-b03d42e46300',
        user_id: member.user.id,
        credential_id: 'c2xldXRlbA',
        public_key: 'AA',
        counter: 0,
        transports: '[]',
        name: 'Telefoon',
        created_at: clock().toISOString(),
        last_used_at: null,
      })
      .execute();
    // Passkey only: setting up an app halfway would bypass the passkey.
    expect((await tab.request('POST', '/me/totp')).statusCode).toBe(403);
    expect(
      (
        await tab.request('POST', '/me/totp/confirm', {
          code: totpCode('JBSWY3DPEHPK3PXP', clock()),
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('what a failed sign-in tells', () => {
  it('is the same for a wrong password, an unknown address and a deactivated account', async () => {
    const member = await newMember();
    const gone = await ctx.newUser({ status: 'deactivated' });
    const answers = [
      await browser().signIn(member.email, 'Niet-het-goede-wachtwoord'),
      await browser().signIn('niemand@test.schakel.example', 'Niet-het-goede-wachtwoord'),
      await browser().signIn(gone.email, gone.password),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      const { requestId: _id, ...body } = answer.json() as Record<string, unknown>;
      expect(body).toEqual({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'The e-mail address or password is not right.',
      });
      expect(answer.cookies).toEqual([]);
    }
  });
});

describe('cross-site request forgery', () => {
  it('refuses a state-changing request without the CSRF header or from another site', async () => {
    const member = await newMember();
    const bare = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: member.email, password: member.password },
    });
    expect(bare.statusCode).toBe(403);
    const foreign = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { ...csrf, origin: 'https://elders.example', host: 'localhost:80' },
      payload: { email: member.email, password: member.password },
    });
    expect(foreign.statusCode).toBe(403);
  });
});

describe('sessions', () => {
  it('end after 30 minutes without a request, and not while the user is active', async () => {
    const analyst = await ctx.newUser();
    const tab = browser();
    await tab.signIn(analyst.email, analyst.password);
    for (let step = 0; step < 4; step++) {
      clock.advance(20);
      expect((await tab.request('GET', '/me')).statusCode).toBe(200);
    }
    clock.advance(31);
    expect((await tab.request('GET', '/me')).statusCode).toBe(401);
  });

  it('end 12 hours after sign-in, however active', async () => {
    const analyst = await ctx.newUser();
    const tab = browser();
    await tab.signIn(analyst.email, analyst.password);
    for (let step = 0; step < 35; step++) {
      clock.advance(20);
      expect((await tab.request('GET', '/me')).statusCode).toBe(200);
    }
    clock.advance(21); // 12 h and 1 min after sign-in
    expect((await tab.request('GET', '/me')).statusCode).toBe(401);
  });

  it('end at sign-out, on the server', async () => {
    const analyst = await ctx.newUser();
    const tab = browser();
    await tab.signIn(analyst.email, analyst.password);
    const token = tab.token;
    const out = await tab.request('DELETE', '/session');
    expect(out.statusCode).toBe(204);
    const reused = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      cookies: { [cookieName]: token ?? '' },
    });
    expect(reused.statusCode).toBe(401);
  });

  it('are listed for their user, who can end the others', async () => {
    const analyst = await ctx.newUser();
    const [laptop, phone] = [browser(), browser()];
    await laptop.signIn(analyst.email, analyst.password);
    await phone.signIn(analyst.email, analyst.password);
    const list = (await laptop.request('GET', '/me/sessions')).json() as {
      items: { id: string; current: boolean; userAgent: string }[];
    };
    expect(list.items).toHaveLength(2);
    expect(list.items.filter((session) => session.current)).toHaveLength(1);
    const other = list.items.find((session) => !session.current);
    expect((await laptop.request('DELETE', `/me/sessions/${other?.id}`)).statusCode).toBe(204);
    expect((await phone.request('GET', '/me')).statusCode).toBe(401);
    expect((await laptop.request('GET', '/me')).statusCode).toBe(200);
  });

  it('of someone else cannot be ended: 404, as for a session that does not exist', async () => {
    const [mine, theirs] = [await ctx.newUser(), await ctx.newUser()];
    const [tab, theirTab] = [browser(), browser()];
    await tab.signIn(mine.email, mine.password);
    await theirTab.signIn(theirs.email, theirs.password);
    const their = (await theirTab.request('GET', '/me/sessions')).json() as {
      items: { id: string }[];
    };
    const attempt = await tab.request('DELETE', `/me/sessions/${their.items[0]?.id}`);
    expect(attempt.statusCode).toBe(404);
    expect((await theirTab.request('GET', '/me')).statusCode).toBe(200);
  });

  it('answer 401 problem+json without a session', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('brute force', () => {
  it('slows down after five failures, locks after ten, and lets the user in after the lock', async () => {
    const analyst = await ctx.newUser();
    const attempt = () => browser().signIn(analyst.email, 'Fout-wachtwoord-geprobeerd');
    for (let failure = 1; failure <= 5; failure++) expect((await attempt()).statusCode).toBe(401);

    const tooSoon = await attempt();
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.headers['retry-after']).toBe('1');

    for (let failure = 6; failure <= 10; failure++) {
      clock.advance(1); // waits longer than asked
      expect((await attempt()).statusCode).toBe(401);
    }
    clock.advance(1);
    const locked = await browser().signIn(analyst.email, analyst.password);
    expect(locked.statusCode).toBe(423);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);

    clock.advance(15);
    expect((await browser().signIn(analyst.email, analyst.password)).statusCode).toBe(200);
  });

  it('is not escaped by guessing in parallel', async () => {
    const analyst = await ctx.newUser();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => browser().signIn(analyst.email, 'Fout-wachtwoord-parallel')),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.every((status) => [401, 423, 429].includes(status))).toBe(true);
  });

  it('counts wrong second-factor codes per account, across fresh sign-ins', async () => {
    const member = await newMember();
    const refusals: number[] = [];
    for (let round = 0; round < 3; round++) {
      clock.advance(1);
      const tab = browser();
      await tab.signIn(member.email, member.password);
      for (let guess = 0; guess < 4; guess++) refusals.push((await tab.code('000000')).statusCode);
    }
    expect(refusals.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(refusals.slice(5).some((status) => status === 429 || status === 423)).toBe(true);
    const tab = browser();
    await tab.signIn(member.email, member.password);
    const right = await tab.code(totpCode(member.totpSecret ?? '', clock()));
    expect([423, 429]).toContain(right.statusCode); // even the right code waits now
  });

  it('does not slow down another account', async () => {
    const [target, bystander] = [await ctx.newUser(), await ctx.newUser()];
    for (let failure = 1; failure <= 6; failure++)
      await browser().signIn(target.email, 'Fout-wachtwoord-x');
    expect((await browser().signIn(bystander.email, bystander.password)).statusCode).toBe(200);
  });
});
