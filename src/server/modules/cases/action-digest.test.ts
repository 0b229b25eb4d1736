import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, Case } from '../../../shared/schemas/cases.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';

// The daily digest of actions on a fake clock, with the dev outbox as mailbox: one mail a day
// to the people of the organisations that own open actions — codes and dates, never texts.

const clock = fakeClock(new Date('2026-12-01T05:00:00Z'));
let ctx: TestContext;
type Client = ReturnType<typeof apiClient>;
let farah: Client;
let kiki: Client;
let kikiEmail: string;
let kikiPerson: Awaited<ReturnType<TestContext['newUser']>>;
let farahEmail: string;
let caseCode: string;

const outbox = (recipient: string) =>
  ctx.database.db
    .selectFrom('mail_outbox')
    .select(['subject', 'body'])
    .where('recipient', '=', recipient)
    .execute();

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  const district = await ctx.newDistrict();
  const group = await ctx.newNetworkGroup({ districtCode: district.code });
  const foundation = await ctx.newOrganisation({ districtCodes: [district.code] });
  const buurtteam = await ctx.newOrganisation({ kind: 'formal', districtCodes: [district.code] });
  const signIn = async (organisationId: string, role: 'member' | 'director') => {
    const person = await ctx.newUser({
      organisationId,
      roles: [{ role, networkGroupId: group.id }],
    });
    const client = apiClient(ctx.app);
    expect((await client.signInFully(person, clock())).statusCode).toBe(200);
    return { client, email: person.email, person };
  };
  ({ client: farah, email: farahEmail } = await signIn(foundation.id, 'member'));
  ({ client: kiki, email: kikiEmail, person: kikiPerson } = await signIn(buurtteam.id, 'director'));

  const created = (
    await farah.request('POST', '/cases', {
      networkGroupId: group.id,
      consent: { givenOn: '2026-11-30', form: 'verbal', scope: 'anonymous-discussion' },
    })
  ).json() as Case;
  caseCode = created.code;
  for (const [text, dueOn] of [
    ['Bijzondere noden aanvragen.', '2026-11-28'],
    ['De vader uitnodigen.', '2026-12-12'],
  ] as const) {
    const agreed = await kiki.request('POST', `/cases/${created.id}/actions`, {
      text,
      ownerOrganisationId: buurtteam.id,
      dueOn,
    });
    expect(agreed.statusCode).toBe(201);
  }
});
afterAll(() => ctx?.close());

describe('the daily digest of actions', () => {
  it("mails the owner organisation's people once a day: codes and dates, no texts", async () => {
    expect(await ctx.app.services.actionDigest.sendDigests()).toEqual({ mails: 1, failed: 0 });
    const [mail] = await outbox(kikiEmail);
    expect(mail?.subject).toBe('Schakel: 2 open actie(s) van uw organisatie, 1 te laat');
    expect(mail?.body).toContain(`- ${caseCode}: 2026-11-28 (te laat)`);
    expect(mail?.body).toContain(`- ${caseCode}: 2026-12-12`);
    expect(mail?.body).toContain('http://localhost:3000/casussen/acties');
    expect(mail?.body).not.toContain('noden');
    expect(mail?.body).not.toContain('vader');
    // The foundation owns no action: no mail.
    expect(await outbox(farahEmail)).toEqual([]);
    // Again the same day: nothing more.
    expect(await ctx.app.services.actionDigest.sendDigests()).toEqual({ mails: 0, failed: 0 });
  });

  it('counts the open and overdue actions for the badge', async () => {
    const counts = await kiki.request('GET', '/case-actions/counts');
    expect(counts.json()).toEqual({ open: 2, overdue: 1 });
    expect((await farah.request('GET', '/case-actions/counts')).json()).toEqual({
      open: 0,
      overdue: 0,
    });
  });

  it('stops when someone turns it off, and comes back when they turn it on', async () => {
    expect((await kiki.request('GET', '/me/action-digest')).json()).toEqual({ enabled: true });
    const off = await kiki.request('PUT', '/me/action-digest', { enabled: false });
    expect(off.json()).toEqual({ enabled: false });
    clock.advance(24 * 60);
    expect(await ctx.app.services.actionDigest.sendDigests()).toEqual({ mails: 0, failed: 0 });

    kiki = apiClient(ctx.app); // a day later her session has ended: she signs in again
    expect((await kiki.signInFully(kikiPerson, clock())).statusCode).toBe(200);
    expect((await kiki.request('PUT', '/me/action-digest', { enabled: true })).statusCode).toBe(
      200,
    );
    expect(await ctx.app.services.actionDigest.sendDigests()).toEqual({ mails: 1, failed: 0 });
    expect(await outbox(kikiEmail)).toHaveLength(2);
  });

  it('sends nothing once the actions are finished', async () => {
    for (const action of (
      await kiki.request('GET', '/case-actions?view=my-organisation')
    ).json() as Action[]) {
      const done = await kiki.request('PUT', `/case-actions/${action.id}`, {
        text: action.text,
        ownerOrganisationId: action.ownerOrganisation.id,
        ownerUserId: null,
        dueOn: action.dueOn,
        version: action.version,
        status: 'done',
        result: 'Gedaan.',
      });
      expect(done.statusCode).toBe(200);
    }
    clock.advance(24 * 60);
    expect(await ctx.app.services.actionDigest.sendDigests()).toEqual({ mails: 0, failed: 0 });
  });
});
