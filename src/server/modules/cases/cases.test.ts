import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Action,
  Case,
  CaseSummary,
  IntakeWrite,
  RiskSignalList,
} from '../../../shared/schemas/cases.js';
import type { Problem } from '../../../shared/schemas/problem.js';
import { fieldCipher } from '../../privacy/field-encryption.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';

// Cases of a network group: brought in with consent, intake encrypted and checked for personal
// data, no lost updates, consent withdrawal erasing the free texts, need-to-know access.

const clock = fakeClock(new Date('2026-11-29T09:00:00Z'));
let ctx: TestContext;
type Client = ReturnType<typeof apiClient>;
const people = {} as Record<
  'farah' | 'kiki' | 'otherGroupMember' | 'coordinator' | 'analyst' | 'admin',
  Client
>;
let groupId: string;
let otherGroupId: string;
let districtCode: string;
let involvedOrganisation: string;

const consent = { givenOn: '2026-11-29', form: 'verbal', scope: 'anonymous-discussion' };

const intake = (version: number, overrides: Partial<IntakeWrite> = {}): IntakeWrite => ({
  version,
  household: [
    { role: 'adult', ageBand: '26-45', relation: 'mother' },
    { role: 'adult', ageBand: '26-45', relation: 'father' },
    { role: 'child', ageBand: '12-17', relation: 'child' },
  ],
  violenceForms: ['partner-violence', 'financial-violence'],
  lifeDomains: { housing: 'high', finances: 'medium' },
  involvedOrganisationIds: [involvedOrganisation],
  riskSignals: ['children-witness', 'separation'],
  urgency: 'soon',
  question: 'Hoe bereiken we de vader zonder de moeder in gevaar te brengen?',
  description: 'Spanningen thuis sinds de verhuizing; moeder zoekt steun.',
  ...overrides,
});

async function signedIn(roles: Parameters<TestContext['newUser']>[0]) {
  const user = await ctx.newUser(roles);
  const client = apiClient(ctx.app);
  expect((await client.signInFully(user, clock())).statusCode).toBe(200);
  return { client, user: user.user };
}

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  const district = await ctx.newDistrict();
  districtCode = district.code;
  const foundation = await ctx.newOrganisation({ districtCodes: [district.code] });
  const buurtteam = await ctx.newOrganisation({ kind: 'formal', districtCodes: [district.code] });
  involvedOrganisation = buurtteam.id;
  groupId = (await ctx.newNetworkGroup({ districtCode: district.code })).id;
  otherGroupId = (await ctx.newNetworkGroup({ districtCode: district.code })).id;
  people.farah = (
    await signedIn({
      organisationId: foundation.id,
      roles: [{ role: 'member', networkGroupId: groupId }],
    })
  ).client;
  people.kiki = (
    await signedIn({
      organisationId: buurtteam.id,
      roles: [{ role: 'director', networkGroupId: groupId }],
    })
  ).client;
  people.otherGroupMember = (
    await signedIn({ roles: [{ role: 'member', networkGroupId: otherGroupId }] })
  ).client;
  people.coordinator = (
    await signedIn({ roles: [{ role: 'coordinator', districtCode: district.code }] })
  ).client;
  people.analyst = (await signedIn({ roles: [{ role: 'analyst' }] })).client;
  people.admin = (await signedIn({ roles: [{ role: 'admin' }] })).client;
});
afterAll(() => ctx?.close());

const bringIn = async (client: Client = people.farah) => {
  const response = await client.request('POST', '/cases', { networkGroupId: groupId, consent });
  expect(response.statusCode).toBe(201);
  return response.json() as Case;
};
const auditActions = async (caseId: string) =>
  (
    await ctx.database.db
      .selectFrom('audit_entries')
      .select('action')
      .where('resource_type', '=', 'case')
      .where('resource_id', '=', caseId)
      .orderBy('seq')
      .execute()
  ).map((row) => row.action);
const listReads = async () =>
  (
    await ctx.database.db
      .selectFrom('audit_entries')
      .select('seq')
      .where('action', '=', 'case.list')
      .execute()
  ).length;
const rawCase = (id: string) =>
  ctx.database.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('bringing in a case', () => {
  it('records consent first and gives a code of district, year and number, never a name', async () => {
    const first = await bringIn();
    const second = await bringIn();
    expect(first.code).toMatch(new RegExp(`^${districtCode}-2026-\\d{4}$`));
    expect(Number(second.code.slice(-4))).toBe(Number(first.code.slice(-4)) + 1);
    expect(first).toMatchObject({
      status: 'new',
      consent: { givenOn: '2026-11-29', form: 'verbal', withdrawnAt: null },
      intake: null,
      version: 1,
      networkGroup: { id: groupId },
    });
    expect(await auditActions(first.id)).toEqual(['case.create']);
  });

  it('refuses a case without consent, or with consent given in the future', async () => {
    const without = await people.farah.request('POST', '/cases', { networkGroupId: groupId });
    expect(without.statusCode).toBe(400);
    expect((without.json() as Problem).errors?.[0]?.path).toBe('consent');
    const future = await people.farah.request('POST', '/cases', {
      networkGroupId: groupId,
      consent: { ...consent, givenOn: '2026-12-01' },
    });
    expect(future.statusCode).toBe(422);
    expect((future.json() as Problem).errors?.[0]?.path).toBe('consent.givenOn');
  });

  it('gives every case its own number when many are brought in at once', async () => {
    const made = await Promise.all(
      Array.from({ length: 6 }, async () =>
        people.farah.request('POST', '/cases', { networkGroupId: groupId, consent }),
      ),
    );
    expect(made.map((response) => response.statusCode)).toEqual(Array(6).fill(201));
    const codes = made.map((response) => (response.json() as Case).code);
    expect(new Set(codes).size).toBe(6);
  });

  it('shows who sits at the table: the group’s organisations and people, to own its actions', async () => {
    const added = await people.admin.request(
      'PUT',
      `/network-groups/${groupId}/organisations/${involvedOrganisation}`,
    );
    expect(added.statusCode).toBe(204);
    const found = (
      await people.farah.request('GET', `/cases/${(await bringIn()).id}`)
    ).json() as Case;
    expect(found.networkGroup.districtCode).toBe(districtCode);
    expect(found.table.organisations.map((organisation) => organisation.id)).toEqual([
      involvedOrganisation,
    ]);
    // Farah (member) and Kiki (director) of this group; nobody of the other group.
    expect(found.table.members).toHaveLength(2);
    expect(found.table.members.map((member) => member.organisationId)).toContain(
      involvedOrganisation,
    );
  });

  it('brings a case only into a group the caller is a member of', async () => {
    const response = await people.farah.request('POST', '/cases', {
      networkGroupId: otherGroupId,
      consent,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('the intake', () => {
  it('is saved structured and with free text, which the database holds only encrypted', async () => {
    const created = await bringIn();
    const saved = await people.farah.request('PUT', `/cases/${created.id}/intake`, intake(1));
    expect(saved.statusCode).toBe(200);
    const body = saved.json() as Case;
    expect(body.version).toBe(2);
    expect(body.intake).toMatchObject({
      violenceForms: ['partner-violence', 'financial-violence'],
      lifeDomains: { housing: 'high', finances: 'medium' },
      question: intake(1).question,
      description: intake(1).description,
    });
    // The organisations involved come with their names, to show them.
    expect(body.intake?.involvedOrganisations.map((o) => o.id)).toEqual([involvedOrganisation]);
    expect(body.intake?.involvedOrganisations[0]?.name).toBeTruthy();

    const raw = await rawCase(created.id);
    for (const column of [raw.question_sealed, raw.description_sealed]) {
      expect(column).toMatch(/^v1\./);
      for (const word of ['vader', 'moeder', 'verhuizing', 'Spanningen']) {
        expect(column).not.toContain(word);
      }
    }
    // Sealed for its own place: this case's question opens only as this case's question.
    const cipher = fieldCipher(ctx.keyring);
    expect(cipher.open(raw.question_sealed as string, `cases.question:${created.id}`)).toBe(
      intake(1).question,
    );
    expect(() => cipher.open(raw.question_sealed as string, 'cases.question:other')).toThrow();
    expect(await auditActions(created.id)).toEqual(['case.create', 'case.intake.save']);
  });

  it('answers 422 with the findings when a free text holds personal data, and keeps nothing', async () => {
    const created = await bringIn();
    const response = await people.farah.request(
      'PUT',
      `/cases/${created.id}/intake`,
      intake(1, { description: 'Bel moeder op 06-12345678 of mail naar ouder@voorbeeld.nl.' }),
    );
    expect(response.statusCode).toBe(422);
    const problem = response.json() as Problem;
    const error = problem.errors?.find((e) => e.path === 'description');
    expect(error?.code).toBe('personal-data');
    expect(error?.findings?.length).toBeGreaterThanOrEqual(2);
    // The answer names places in the text, never the text itself.
    expect(JSON.stringify(problem)).not.toContain('12345678');
    expect((await rawCase(created.id)).version).toBe(1);
  });

  it('refuses a save from an older version with 409 and what changed, losing nothing', async () => {
    const created = await bringIn();
    // Farah and Kiki both open version 1; Kiki saves first.
    const kiki = await people.kiki.request(
      'PUT',
      `/cases/${created.id}/intake`,
      intake(1, { urgency: 'urgent', question: 'Wie spreekt de vader aan?' }),
    );
    expect(kiki.statusCode).toBe(200);
    const farah = await people.farah.request('PUT', `/cases/${created.id}/intake`, intake(1));
    expect(farah.statusCode).toBe(409);
    expect(farah.headers['content-type']).toContain('application/problem+json');
    const problem = farah.json() as Problem;
    expect(problem.currentVersion).toBe(2);
    expect(problem.changedSince).toHaveLength(1);
    expect(problem.changedSince?.[0]?.fields).toEqual(
      expect.arrayContaining(['urgency', 'question', 'household']),
    );
    const stored = (await people.kiki.request('GET', `/cases/${created.id}`)).json() as Case;
    expect(stored.intake?.question).toBe('Wie spreekt de vader aan?');
    expect(stored.version).toBe(2);

    // With the version she now knows, Farah's save goes through.
    const again = await people.farah.request('PUT', `/cases/${created.id}/intake`, intake(2));
    expect(again.statusCode).toBe(200);
    expect((again.json() as Case).version).toBe(3);
  });

  it('refuses involved organisations that do not exist', async () => {
    const created = await bringIn();
    const response = await people.farah.request(
      'PUT',
      `/cases/${created.id}/intake`,
      intake(1, { involvedOrganisationIds: ['0190f0f0-0000-7000-8000-000000000000'] }),
    );
    expect(response.statusCode).toBe(422);
    expect((response.json() as Problem).errors?.[0]?.path).toBe('involvedOrganisationIds.0');
  });
});

describe("the district's risk signals", () => {
  it('offers the default checklist until the coordinator writes the district its own', async () => {
    const list = (
      await people.farah.request('GET', `/risk-signals/${districtCode}`)
    ).json() as RiskSignalList;
    expect(list.ownList).toBe(false);
    expect(list.signals.map((signal) => signal.id)).toContain('strangulation');

    const created = await bringIn();
    const saved = await people.farah.request(
      'PUT',
      `/cases/${created.id}/intake`,
      intake(1, { riskSignals: ['strangulation', 'separation'] }),
    );
    expect((saved.json() as Case).intake?.riskSignals).toEqual(['strangulation', 'separation']);

    // The district's own list (it keeps what the other tests name).
    const own = [
      { id: 'separation', nl: 'Scheiding', en: 'Separation' },
      { id: 'children-witness', nl: 'Kinderen zien het', en: 'Children see it' },
      { id: 'debts', nl: 'Grote schulden', en: 'Large debts' },
    ];
    expect(
      (await people.farah.request('PUT', `/risk-signals/${districtCode}`, { signals: own }))
        .statusCode,
    ).toBe(403);
    const configured = await people.coordinator.request('PUT', `/risk-signals/${districtCode}`, {
      signals: own,
    });
    expect(configured.statusCode).toBe(200);
    expect((configured.json() as RiskSignalList).ownList).toBe(true);

    // A new intake offers the new list; the case keeps a signal that left it.
    const fresh = await bringIn();
    const refused = await people.farah.request(
      'PUT',
      `/cases/${fresh.id}/intake`,
      intake(1, { riskSignals: ['debts', 'strangulation'] }),
    );
    expect(refused.statusCode).toBe(422);
    expect((refused.json() as Problem).errors?.[0]?.path).toBe('riskSignals.1');
    const kept = await people.farah.request(
      'PUT',
      `/cases/${created.id}/intake`,
      intake(2, { riskSignals: ['strangulation', 'debts'] }),
    );
    expect(kept.statusCode).toBe(200);
  });

  it('refuses a list with the same id twice', async () => {
    const twice = await people.coordinator.request('PUT', `/risk-signals/${districtCode}`, {
      signals: [
        { id: 'weapon', nl: 'Wapen', en: 'Weapon' },
        { id: 'weapon', nl: 'Wapen', en: 'Weapon' },
      ],
    });
    expect(twice.statusCode).toBe(400);
  });
});

describe('the stages of a case', () => {
  const move = (id: string, body: object) =>
    people.kiki.request('POST', `/cases/${id}/status`, body);

  it('goes from new to closed with a reason, and can be reopened, all in its history', async () => {
    const created = await bringIn();
    let version = created.version;
    for (const status of ['on-agenda', 'in-progress', 'follow-up']) {
      const moved = await move(created.id, { version, status });
      expect(moved.statusCode).toBe(200);
      expect((moved.json() as Case).status).toBe(status);
      version = (moved.json() as Case).version;
    }
    const withoutReason = await move(created.id, { version, status: 'closed' });
    expect(withoutReason.statusCode).toBe(422);
    expect((withoutReason.json() as Problem).errors?.[0]?.path).toBe('closureReason');

    const closed = await move(created.id, {
      version,
      status: 'closed',
      closureReason: 'regular-help-in-place',
    });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      closureReason: 'regular-help-in-place',
    });
    const reopened = await move(created.id, {
      version: (closed.json() as Case).version,
      status: 'in-progress',
    });
    expect(reopened.json()).toMatchObject({ status: 'in-progress', closureReason: null });

    const kinds = (
      await ctx.database.db
        .selectFrom('case_events')
        .select('kind')
        .where('case_id', '=', created.id)
        .orderBy('version')
        .execute()
    ).map((event) => event.kind);
    expect(kinds).toEqual([
      'created',
      'status-changed',
      'status-changed',
      'status-changed',
      'status-changed',
      'reopened',
    ]);
    expect((await auditActions(created.id)).slice(-2)).toEqual([
      'case.status.change',
      'case.reopen',
    ]);
  });

  it('refuses a move from an older version, and the reason "consent withdrawn" here', async () => {
    const created = await bringIn();
    expect((await move(created.id, { version: 1, status: 'on-agenda' })).statusCode).toBe(200);
    const stale = await move(created.id, { version: 1, status: 'in-progress' });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as Problem).changedSince?.[0]?.fields).toEqual(['status']);
    const reason = await move(created.id, {
      version: 2,
      status: 'closed',
      closureReason: 'consent-withdrawn',
    });
    expect(reason.statusCode).toBe(400);
  });

  it('cannot reopen a case whose consent was withdrawn', async () => {
    const created = await bringIn();
    const withdrawn = (
      await people.farah.request('POST', `/cases/${created.id}/consent-withdrawal`)
    ).json() as Case;
    const reopen = await move(created.id, {
      version: withdrawn.version,
      status: 'in-progress',
    });
    expect(reopen.statusCode).toBe(409);
  });
});

describe('breakthroughs', () => {
  const breakthrough = (overrides: object = {}) => ({
    description: 'De vader ging in gesprek met de vadergroep; de spanning nam af.',
    partnerOrganisationIds: [involvedOrganisation],
    occurredOn: '2026-11-27',
    ...overrides,
  });

  it('records what unblocked the situation, who did it and when, encrypted', async () => {
    const created = await bringIn();
    const added = await people.kiki.request(
      'POST',
      `/cases/${created.id}/breakthroughs`,
      breakthrough(),
    );
    expect(added.statusCode).toBe(201);
    const [recorded] = (added.json() as Case).breakthroughs;
    expect(recorded).toMatchObject({
      description: breakthrough().description,
      partnerOrganisations: [{ id: involvedOrganisation }],
      occurredOn: '2026-11-27',
    });
    const raw = await ctx.database.db
      .selectFrom('case_breakthroughs')
      .select('description_sealed')
      .where('case_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(raw.description_sealed).toMatch(/^v1\./);
    expect(raw.description_sealed).not.toContain('vadergroep');
    expect((await auditActions(created.id)).at(-1)).toBe('case.breakthrough.add');
  });

  it('refuses personal data, a date to come and partners that do not exist', async () => {
    const created = await bringIn();
    const url = `/cases/${created.id}/breakthroughs`;
    const named = await people.kiki.request(
      'POST',
      url,
      breakthrough({ description: 'Mail naar vader@voorbeeld.nl gestuurd.' }),
    );
    expect(named.statusCode).toBe(422);
    expect((named.json() as Problem).errors?.[0]?.code).toBe('personal-data');
    const future = await people.kiki.request(
      'POST',
      url,
      breakthrough({ occurredOn: '2026-12-24' }),
    );
    expect(future.statusCode).toBe(422);
    const unknown = await people.kiki.request(
      'POST',
      url,
      breakthrough({ partnerOrganisationIds: ['0190f0f0-0000-7000-8000-000000000000'] }),
    );
    expect((unknown.json() as Problem).errors?.[0]?.path).toBe('partnerOrganisationIds.0');
    expect((await rawCase(created.id)).version).toBe(1);
  });

  it('loses its text, not its date and partners, when consent is withdrawn', async () => {
    const created = await bringIn();
    await people.kiki.request('POST', `/cases/${created.id}/breakthroughs`, breakthrough());
    const withdrawn = (
      await people.farah.request('POST', `/cases/${created.id}/consent-withdrawal`)
    ).json() as Case;
    expect(withdrawn.breakthroughs).toMatchObject([
      {
        description: '',
        occurredOn: '2026-11-27',
        partnerOrganisations: [{ id: involvedOrganisation }],
      },
    ]);
    const again = await people.kiki.request(
      'POST',
      `/cases/${created.id}/breakthroughs`,
      breakthrough(),
    );
    expect(again.statusCode).toBe(409);
  });
});

describe('actions', () => {
  const action = (overrides: object = {}) => ({
    text: 'Bijzondere noden aanvragen voor het eigen risico.',
    ownerOrganisationId: involvedOrganisation,
    dueOn: '2026-12-10',
    ...overrides,
  });

  it('are agreed with an owner and a due date, encrypted, and shown with the case', async () => {
    const created = await bringIn();
    const added = await people.kiki.request('POST', `/cases/${created.id}/actions`, action());
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      caseCode: created.code,
      text: action().text,
      ownerOrganisation: { id: involvedOrganisation },
      ownerUser: null,
      status: 'open',
      overdue: false,
      version: 1,
    });
    const raw = await ctx.database.db
      .selectFrom('case_actions')
      .select('text_sealed')
      .where('case_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(raw.text_sealed).not.toContain('noden');
    const shown = (await people.farah.request('GET', `/cases/${created.id}`)).json() as Case;
    expect(shown.actions.map((a) => a.text)).toEqual([action().text]);
  });

  it('are reported on by their owner: done with a result, or not done with a reason', async () => {
    const created = await bringIn();
    const added = (
      await people.kiki.request('POST', `/cases/${created.id}/actions`, action())
    ).json() as Action;
    const update = (body: object) =>
      people.kiki.request('PUT', `/case-actions/${added.id}`, { ...action(), ...body });
    const noReason = await update({ version: 1, status: 'not-done' });
    expect(noReason.statusCode).toBe(422);
    expect((noReason.json() as Problem).errors?.[0]?.path).toBe('result');
    const done = await update({ version: 1, status: 'done', result: 'Aangevraagd en toegekend.' });
    expect(done.json()).toMatchObject({ status: 'done', result: 'Aangevraagd en toegekend.' });
    const stale = await update({ version: 1, status: 'in-progress' });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as Problem).currentVersion).toBe(2);
    const named = await update({ version: 2, status: 'done', result: 'Gebeld met 0612345678.' });
    expect(named.statusCode).toBe(422);
  });

  it("list my organisation's open actions and the overdue ones of my groups", async () => {
    const created = await bringIn();
    const ours = (
      await people.kiki.request(
        'POST',
        `/cases/${created.id}/actions`,
        action({ dueOn: '2026-11-20', text: 'Te laat: de vader bellen.' }),
      )
    ).json() as Action;
    const theirs = (
      await people.kiki.request(
        'POST',
        `/cases/${created.id}/actions`,
        action({ ownerOrganisationId: created.holderOrganisation.id, dueOn: '2026-12-20' }),
      )
    ).json() as Action;
    expect(ours.overdue).toBe(true);

    const mine = (
      await people.kiki.request('GET', '/case-actions?view=my-organisation')
    ).json() as Action[];
    expect(mine.map((a) => a.id)).toContain(ours.id);
    expect(mine.map((a) => a.id)).not.toContain(theirs.id);
    const overdue = (
      await people.farah.request('GET', '/case-actions?view=overdue')
    ).json() as Action[];
    expect(overdue.map((a) => a.id)).toContain(ours.id);
    expect(overdue.map((a) => a.id)).not.toContain(theirs.id);
    expect(overdue.every((a) => a.overdue)).toBe(true);
    const elsewhere = (
      await people.otherGroupMember.request('GET', '/case-actions?view=overdue')
    ).json() as Action[];
    expect(elsewhere.map((a) => a.id)).not.toContain(ours.id);
  });

  it('leave the views and the badge when their case is closed, and stay on the case', async () => {
    const created = await bringIn();
    const late = (
      await people.kiki.request(
        'POST',
        `/cases/${created.id}/actions`,
        action({ dueOn: '2026-11-20', text: 'Te laat: het fonds bellen.' }),
      )
    ).json() as Action;
    const counted = async () =>
      ((await people.kiki.request('GET', '/case-actions/counts')).json() as { open: number }).open;
    const before = await counted();
    const closed = await people.kiki.request('POST', `/cases/${created.id}/status`, {
      version: 1,
      status: 'closed',
      closureReason: 'regular-help-in-place',
    });
    expect(closed.statusCode).toBe(200);
    expect(await counted()).toBe(before - 1);
    for (const [client, view] of [
      [people.kiki, 'my-organisation'],
      [people.farah, 'overdue'],
    ] as const) {
      const listed = (await client.request('GET', `/case-actions?view=${view}`)).json() as Action[];
      expect(listed.map((a) => a.id)).not.toContain(late.id);
    }
    const onCase = (await people.farah.request('GET', `/cases/${created.id}`)).json() as Case;
    expect(onCase.actions.map((a) => a.id)).toEqual([late.id]);
  });

  it('name a person only of the owner organisation, and none on a closed case', async () => {
    const created = await bringIn();
    const stranger = await ctx.newUser({ roles: [] });
    const wrongPerson = await people.kiki.request(
      'POST',
      `/cases/${created.id}/actions`,
      action({ ownerUserId: stranger.user.id }),
    );
    expect(wrongPerson.statusCode).toBe(422);
    expect((wrongPerson.json() as Problem).errors?.[0]?.path).toBe('ownerUserId');
    await people.kiki.request('POST', `/cases/${created.id}/status`, {
      version: 1,
      status: 'closed',
      closureReason: 'no-longer-needed',
    });
    const closed = await people.kiki.request('POST', `/cases/${created.id}/actions`, action());
    expect(closed.statusCode).toBe(409);
  });
});

describe('withdrawing consent', () => {
  it('closes the case at once and erases its free texts; the structure stays', async () => {
    const created = await bringIn();
    await people.farah.request('PUT', `/cases/${created.id}/intake`, intake(1));
    const agreed = await people.kiki.request('POST', `/cases/${created.id}/actions`, {
      text: 'De vader uitnodigen voor de vadergroep.',
      ownerOrganisationId: involvedOrganisation,
      dueOn: '2026-12-10',
    });
    expect(agreed.statusCode).toBe(201);
    const withdrawn = await people.farah.request('POST', `/cases/${created.id}/consent-withdrawal`);
    expect(withdrawn.statusCode).toBe(200);
    const body = withdrawn.json() as Case;
    expect(body).toMatchObject({
      status: 'closed',
      closureReason: 'consent-withdrawn',
      narrativeErased: { reason: 'consent-withdrawn' },
      intake: { question: '', description: '', violenceForms: intake(1).violenceForms },
    });
    expect(body.consent.withdrawnAt).not.toBeNull();
    expect(body.actions).toMatchObject([
      { text: '', ownerOrganisation: { id: involvedOrganisation } },
    ]);
    const raw = await rawCase(created.id);
    expect(raw.question_sealed).toBeNull();
    expect(raw.description_sealed).toBeNull();

    // Nothing more can be added, and doing it again changes nothing.
    const later = await people.farah.request('PUT', `/cases/${created.id}/intake`, intake(3));
    expect(later.statusCode).toBe(409);
    const twice = await people.farah.request('POST', `/cases/${created.id}/consent-withdrawal`);
    expect((twice.json() as Case).version).toBe(body.version);
    expect(await auditActions(created.id)).toEqual([
      'case.create',
      'case.intake.save',
      'case.action.create',
      'case.consent.withdraw',
      // Asking again shows the case: a read.
      'case.read',
    ]);
  });
});

describe('withdrawing consent while others write', () => {
  it('leaves no text behind, whatever lands first', async () => {
    const created = await bringIn();
    const attempts = await Promise.all([
      ...Array.from({ length: 4 }, () =>
        people.kiki.request('POST', `/cases/${created.id}/breakthroughs`, {
          description: 'Een gesprek bracht rust.',
          partnerOrganisationIds: [involvedOrganisation],
          occurredOn: '2026-11-28',
        }),
      ),
      ...Array.from({ length: 4 }, () =>
        people.kiki.request('POST', `/cases/${created.id}/actions`, {
          text: 'Een gesprek plannen.',
          ownerOrganisationId: involvedOrganisation,
          dueOn: '2026-12-10',
        }),
      ),
      people.farah.request('POST', `/cases/${created.id}/consent-withdrawal`),
    ]);
    // Each write either went in before the withdrawal (and was erased) or was refused. (On
    // PostgreSQL these requests overlap for real: without the lock on the case, texts stayed.)
    for (const response of attempts) expect([200, 201, 409]).toContain(response.statusCode);
    const db = ctx.database.db;
    const [breakthroughs, actions] = await Promise.all([
      db
        .selectFrom('case_breakthroughs')
        .select('description_sealed')
        .where('case_id', '=', created.id)
        .execute(),
      db
        .selectFrom('case_actions')
        .select(['text_sealed', 'result_sealed'])
        .where('case_id', '=', created.id)
        .execute(),
    ]);
    expect(breakthroughs.every((row) => row.description_sealed === null)).toBe(true);
    expect(actions.every((row) => row.text_sealed === null && row.result_sealed === null)).toBe(
      true,
    );
  });
});

describe('who sees a case', () => {
  it("shows it to its group's members and director, and audits every read", async () => {
    const created = await bringIn();
    expect((await people.kiki.request('GET', `/cases/${created.id}`)).statusCode).toBe(200);
    expect((await people.farah.request('GET', `/cases/${created.id}`)).statusCode).toBe(200);
    expect(await auditActions(created.id)).toEqual(['case.create', 'case.read', 'case.read']);
    const before = await listReads();
    const list = (await people.kiki.request('GET', '/cases')).json() as CaseSummary[];
    expect(list.map((item) => item.id)).toContain(created.id);
    expect(await listReads()).toBe(before + 1);
  });

  it('hides it from another group, and refuses coordinators, analysts and administrators', async () => {
    const created = await bringIn();
    expect((await people.otherGroupMember.request('GET', `/cases/${created.id}`)).statusCode).toBe(
      404,
    );
    const others = (await people.otherGroupMember.request('GET', '/cases')).json() as CaseSummary[];
    expect(others.map((item) => item.id)).not.toContain(created.id);
    for (const client of [people.coordinator, people.analyst, people.admin]) {
      expect((await client.request('GET', `/cases/${created.id}`)).statusCode).toBe(403);
      expect((await client.request('GET', '/cases')).statusCode).toBe(403);
    }
  });

  it('keeps showing the holder their own case after they move to another group', async () => {
    const { client: holder, user } = await signedIn({
      roles: [{ role: 'member', networkGroupId: groupId }],
    });
    const own = await bringIn(holder);
    const colleagues = await bringIn(people.farah);
    // Moved to the other group (roles are read afresh on every request).
    await ctx.database.db
      .updateTable('role_assignments')
      .set({ network_group_id: otherGroupId })
      .where('user_id', '=', user.id)
      .execute();
    expect((await holder.request('GET', `/cases/${own.id}`)).statusCode).toBe(200);
    expect((await holder.request('GET', `/cases/${colleagues.id}`)).statusCode).toBe(404);
    const listed = ((await holder.request('GET', '/cases')).json() as CaseSummary[]).map(
      (item) => item.id,
    );
    expect(listed).toContain(own.id);
    expect(listed).not.toContain(colleagues.id);
  });
});

// Last in this file: it moves the shared clock on.
describe('the date of consent just after midnight in Amsterdam', () => {
  it('takes the new day, while it is still the day before in UTC', async () => {
    clock.advance(14 * 60 + 30); // 23:30 UTC: 00:30 the next day in Amsterdam
    const { client } = await signedIn({ roles: [{ role: 'member', networkGroupId: groupId }] });
    const amsterdamToday = new Date(clock().getTime() + 3_600_000).toISOString().slice(0, 10);
    expect(amsterdamToday > clock().toISOString().slice(0, 10)).toBe(true);
    const response = await client.request('POST', '/cases', {
      networkGroupId: groupId,
      consent: { ...consent, givenOn: amsterdamToday },
    });
    expect(response.statusCode).toBe(201);
  });
});
