import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../testing/test-app.js';

// The happy paths need a real authenticator: e2e/passkeys.test.ts drives Chromium's virtual one.
// Here: what the server refuses.

const clock = fakeClock();
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ clock });
});
afterAll(() => ctx.close());

const forgedResponse = (id = 'bm90LWEtcmVhbC1rZXk') => ({
  id,
  rawId: id,
  type: 'public-key',
  response: {
    clientDataJSON: 'e30',
    attestationObject: 'oA',
    authenticatorData: 'AA',
    signature: 'AA',
  },
  clientExtensionResults: {},
});

describe('adding a passkey', () => {
  it('offers options for this site, with user verification required', async () => {
    const analyst = await ctx.newUser();
    const tab = apiClient(ctx.app);
    await tab.signIn(analyst.email, analyst.password);
    const answer = await tab.request('POST', '/me/passkeys/options');
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({
      challengeId: expect.any(String),
      options: {
        rp: { id: 'localhost', name: 'Schakel' },
        user: { name: analyst.email },
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      },
    });
  });

  it('refuses a response the authenticator did not make, and a challenge used twice', async () => {
    const analyst = await ctx.newUser();
    const tab = apiClient(ctx.app);
    await tab.signIn(analyst.email, analyst.password);
    const { challengeId } = (await tab.request('POST', '/me/passkeys/options')).json() as {
      challengeId: string;
    };
    const body = { challengeId, name: 'Telefoon', response: forgedResponse() };
    expect((await tab.request('POST', '/me/passkeys', body)).statusCode).toBe(401);
    expect((await tab.request('POST', '/me/passkeys', body)).statusCode).toBe(401);
    expect((await tab.request('GET', '/me/passkeys')).json()).toEqual({ items: [] });
  });

  it('is not open halfway through a sign-in when the user already has a second factor', async () => {
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const tab = apiClient(ctx.app);
    await tab.signIn(member.email, member.password);
    expect((await tab.request('POST', '/me/passkeys/options')).statusCode).toBe(403);
  });

  it('needs a session', async () => {
    expect((await apiClient(ctx.app).request('POST', '/me/passkeys/options')).statusCode).toBe(401);
  });
});

describe('signing in with a passkey', () => {
  it('refuses a passkey this site does not know, without a session', async () => {
    const tab = apiClient(ctx.app);
    const { challengeId, options } = (
      await tab.request('POST', '/session/passkey/options')
    ).json() as {
      challengeId: string;
      options: { rpId: string; userVerification: string };
    };
    expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
    const answer = await tab.request('POST', '/session/passkey', {
      challengeId,
      response: forgedResponse(),
    });
    expect(answer.statusCode).toBe(401);
    expect(answer.cookies).toEqual([]);
  });
});

describe('removing a passkey', () => {
  it('is refused for the last second factor of a role that needs one', async () => {
    const member = await ctx.newUser({ roles: [{ role: 'member' }] });
    const tab = apiClient(ctx.app);
    await tab.signInFully(member, clock());
    // From now on this member has passkeys only (inserted as a browser would have registered them).
    await ctx.database.db
      .updateTable('users')
      .set({ totp_enabled_at: null, totp_secret: null })
      .where('id', '=', member.user.id)
      .execute();
    const passkey = (id: string, name: string) => ({
      id,
      user_id: member.user.id,
      credential_id: `credential-${id}`,
      public_key: 'AA',
      counter: 0,
      transports: '[]',
      name,
      created_at: clock().toISOString(),
      last_used_at: null,
    });
    const [phone, laptop] = [
      '01a2238c-eafb-75d9-be35-b03d42e46301',
      '01a2238c-eafb-75d9-be35-b03d42e46302',
    ];
    await ctx.database.db.insertInto('passkeys').values(passkey(phone, 'Telefoon')).execute();

    const only = await tab.request('DELETE', `/me/passkeys/${phone}`);
    expect(only.statusCode).toBe(409);
    await ctx.database.db.insertInto('passkeys').values(passkey(laptop, 'Laptop')).execute();
    expect((await tab.request('DELETE', `/me/passkeys/${phone}`)).statusCode).toBe(204);
    expect((await tab.request('GET', '/me/passkeys')).json()).toMatchObject({
      items: [{ name: 'Laptop' }],
    });
  });

  it('answers 404 for one that is not yours', async () => {
    const analyst = await ctx.newUser();
    const tab = apiClient(ctx.app);
    await tab.signIn(analyst.email, analyst.password);
    const answer = await tab.request('DELETE', '/me/passkeys/01a2238c-eafb-75d9-be35-b03d42e463d8');
    expect(answer.statusCode).toBe(404);
  });
});
