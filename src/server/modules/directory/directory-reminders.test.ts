import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryEntry, DirectorySearchPage } from '../../../shared/schemas/directory.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';

// The clock starts at the real time: organisations get their creation date from it too.
const clock = fakeClock(new Date());
const days = (n: number) => clock.advance(n * 24 * 60);
let ctx: TestContext;
let adminUser: Awaited<ReturnType<TestContext['newUser']>>;
const ids: Record<string, string> = {};
const emails: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  await ctx.newDistrict({ code: 'RMA', name: 'Herinneringsdorp' });
  const organisation = async (name: string) => {
    ids[name] = (await ctx.newOrganisation({ name, districtCodes: ['RMA'] })).id;
  };
  await organisation('Stichting Eigen Mensen');
  await organisation('Stichting Zonder Mensen');
  await organisation('Stichting Gestopt');
  await organisation('Stichting Net Bevestigd');

  const group = await ctx.newNetworkGroup({
    districtCode: 'RMA',
    organisationIds: [ids['Stichting Eigen Mensen'] as string],
  });
  const person = async (key: string, organisationId: string, role: object) => {
    const created = await ctx.newUser({ organisationId, roles: [role as never] });
    emails[key] = created.email;
    return created;
  };
  await person('member', ids['Stichting Eigen Mensen'] as string, {
    role: 'member',
    networkGroupId: group.id,
  });
  await person('director', ids['Stichting Eigen Mensen'] as string, {
    role: 'director',
    networkGroupId: group.id,
  });
  await person('coordinator', ids['Stichting Gestopt'] as string, {
    role: 'coordinator',
    districtCode: 'RMA',
  });
  adminUser = await ctx.newUser({
    organisationId: ids['Stichting Gestopt'],
    roles: [{ role: 'admin' }],
  });
  const inactive = await (await asAdmin()).request(
    'PUT',
    `/directory/organisations/${ids['Stichting Gestopt']}/profile`,
    { status: 'inactive' },
  );
  expect(inactive.statusCode).toBe(200);
});
afterAll(() => ctx?.close());

/** Signed in now: a session does not last the months these tests move through. */
async function asAdmin() {
  clock.advance(1); // a second-factor code is good once
  const admin = apiClient(ctx.app);
  expect((await admin.signInFully(adminUser, clock())).statusCode).toBe(200);
  return admin;
}

const runJob = () => ctx.app.services.directoryReminders.remindUnconfirmedEntries();

/** Reminder mails in the outbox, as "recipient → organisation named in the subject". */
async function reminderMails() {
  const mails = await ctx.database.db
    .selectFrom('mail_outbox')
    .select(['recipient', 'subject', 'body'])
    .where('subject', 'like', 'Sociale kaart:%')
    .execute();
  return mails;
}

async function toBeChecked(name: string) {
  const admin = await asAdmin();
  const entry = await admin.request('GET', `/directory/organisations/${ids[name]}`);
  const hits = await admin.request('GET', `/directory/search?q=${encodeURIComponent(name)}`);
  const hit = (hits.json() as DirectorySearchPage).items.find((item) => item.id === ids[name]);
  return {
    entry: (entry.json() as DirectoryEntry).profile.toBeChecked,
    hit: hit?.toBeChecked,
  };
}

const remindedIds = async () =>
  (
    await ctx.database.db
      .selectFrom('audit_entries')
      .select('resource_id')
      .where('action', '=', 'directory.reminder')
      .orderBy('seq')
      .execute()
  ).map((row) => row.resource_id);

describe('the six-month reminder', () => {
  it('leaves entries confirmed or created in the last six months alone', async () => {
    days(150);
    const confirmed = await (await asAdmin()).request(
      'POST',
      `/directory/organisations/${ids['Stichting Net Bevestigd']}/verified`,
    );
    expect(confirmed.statusCode).toBe(200);
    days(30);
    expect(await runJob()).toEqual({ reminded: 0, mails: 0, failed: 0 });
    expect(await toBeChecked('Stichting Eigen Mensen')).toEqual({ entry: false, hit: false });
  });

  it("after six months, mails the organisation's own editors, or else its coordinators", async () => {
    days(10);
    expect(await runJob()).toEqual({ reminded: 2, mails: 3, failed: 0 });
    const mails = await reminderMails();
    expect(mails.map((mail) => mail.recipient).sort()).toEqual(
      [emails.member, emails.director, emails.coordinator].sort(),
    );
    const own = mails.find((mail) => mail.recipient === emails.member);
    expect(own?.subject).toContain('Stichting Eigen Mensen');
    expect(own?.body).toContain(
      `/sociale-kaart/organisaties/${ids['Stichting Eigen Mensen']}/bewerken`,
    );
    expect(mails.find((mail) => mail.recipient === emails.coordinator)?.subject).toContain(
      'Stichting Zonder Mensen',
    );
    // Inactive entries and the one confirmed 40 days ago are not reminded.
    expect(mails.some((mail) => mail.subject.includes('Gestopt'))).toBe(false);
    expect(mails.some((mail) => mail.subject.includes('Net Bevestigd'))).toBe(false);
  });

  it('shows the entry as "to be checked" in the entry and in search', async () => {
    expect(await toBeChecked('Stichting Eigen Mensen')).toEqual({ entry: true, hit: true });
    expect(await toBeChecked('Stichting Net Bevestigd')).toEqual({ entry: false, hit: false });
  });

  it('does not remind twice, not even when two servers run the job at once', async () => {
    expect(await runJob()).toEqual({ reminded: 0, mails: 0, failed: 0 });
    days(27);
    const [first, second] = await Promise.all([runJob(), runJob()]);
    expect((first?.reminded ?? 0) + (second?.reminded ?? 0)).toBe(0);
    expect((await reminderMails()).length).toBe(3);
  });

  it('reminds again every four weeks while the entry stays unconfirmed', async () => {
    days(2);
    const [first, second] = await Promise.all([runJob(), runJob()]);
    expect(first.reminded + second.reminded).toBe(2);
    expect((await reminderMails()).length).toBe(6);
  });

  it('stops once the entry is confirmed, and records every reminder in its history', async () => {
    const confirmed = await (await asAdmin()).request(
      'POST',
      `/directory/organisations/${ids['Stichting Eigen Mensen']}/verified`,
    );
    expect(confirmed.statusCode).toBe(200);
    expect(await toBeChecked('Stichting Eigen Mensen')).toEqual({ entry: false, hit: false });
    days(29);
    expect(await runJob()).toEqual({ reminded: 1, mails: 1, failed: 0 });
    const subjects = (await reminderMails()).map((mail) => mail.subject);
    expect(subjects.filter((subject) => subject.includes('Zonder Mensen'))).toHaveLength(3);
    expect(subjects.filter((subject) => subject.includes('Eigen Mensen'))).toHaveLength(4);

    const own = ids['Stichting Eigen Mensen'] as string;
    expect((await remindedIds()).filter((id) => id === own)).toHaveLength(2);
    const history = await (await asAdmin()).request(
      'GET',
      `/directory/organisations/${own}/history`,
    );
    const actions = (history.json() as { items: { action: string; user: unknown }[] }).items;
    expect(actions.filter((item) => item.action === 'directory.reminder')).toEqual([
      expect.objectContaining({ user: null }),
      expect.objectContaining({ user: null }),
    ]);
  });
});
