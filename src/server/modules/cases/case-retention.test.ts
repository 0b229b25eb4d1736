import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/schemas/cases.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';

// The retention job on a fake clock: twelve months after a case closes, its free texts go;
// its structure stays, for the figures. (The job's own schedule: src/server/main.ts.)

const clock = fakeClock(new Date('2026-01-15T09:00:00Z'));
let ctx: TestContext;
let closedCase: Case;
let openCase: Case;
let member: Awaited<ReturnType<TestContext['newUser']>>;

const minutesIn = (days: number) => days * 24 * 60;

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  const district = await ctx.newDistrict();
  const group = await ctx.newNetworkGroup({ districtCode: district.code });
  member = await ctx.newUser({ roles: [{ role: 'member', networkGroupId: group.id }] });
  const client = apiClient(ctx.app);
  expect((await client.signInFully(member, clock())).statusCode).toBe(200);

  const bringIn = async () => {
    const created = (
      await client.request('POST', '/cases', {
        networkGroupId: group.id,
        consent: { givenOn: '2026-01-15', form: 'written', scope: 'anonymous-discussion' },
      })
    ).json() as Case;
    const saved = await client.request('PUT', `/cases/${created.id}/intake`, {
      version: 1,
      household: [{ role: 'adult', ageBand: '46-65', relation: 'parent' }],
      violenceForms: ['elder-abuse'],
      lifeDomains: { health: 'high' },
      involvedOrganisationIds: [],
      urgency: 'normal',
      question: 'Wie kan de mantelzorger ontlasten?',
      description: 'Zorgen over de zorg thuis.',
    });
    expect(saved.statusCode).toBe(200);
    await client.request('POST', `/cases/${created.id}/actions`, {
      text: 'Een dagbesteding zoeken.',
      ownerOrganisationId: member.user.organisation_id,
      dueOn: '2026-02-01',
    });
    await client.request('POST', `/cases/${created.id}/breakthroughs`, {
      description: 'Dagbesteding gevonden.',
      partnerOrganisationIds: [member.user.organisation_id],
      occurredOn: '2026-01-15',
    });
    return (await client.request('GET', `/cases/${created.id}`)).json() as Case;
  };
  closedCase = await bringIn();
  openCase = await bringIn();
  const closed = await client.request('POST', `/cases/${closedCase.id}/status`, {
    version: closedCase.version,
    status: 'closed',
    closureReason: 'regular-help-in-place',
  });
  expect(closed.statusCode).toBe(200);
});
afterAll(() => ctx?.close());

const raw = (id: string) =>
  ctx.database.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const breakthroughText = async (id: string) =>
  (
    await ctx.database.db
      .selectFrom('case_breakthroughs')
      .select('description_sealed')
      .where('case_id', '=', id)
      .executeTakeFirstOrThrow()
  ).description_sealed;

describe('the retention of case texts', () => {
  it('keeps the texts of a closed case for twelve months', async () => {
    clock.advance(minutesIn(364));
    expect(await ctx.app.services.cases.eraseExpiredNarratives()).toEqual({ erased: 0 });
    expect((await raw(closedCase.id)).description_sealed).not.toBeNull();
  });

  it('then erases them, keeps the structure, and says so in the audit trail', async () => {
    clock.advance(minutesIn(2));
    expect(await ctx.app.services.cases.eraseExpiredNarratives()).toEqual({ erased: 1 });
    const erased = await raw(closedCase.id);
    expect(erased).toMatchObject({
      question_sealed: null,
      description_sealed: null,
      narrative_erasure_reason: 'retention',
      violence_forms: JSON.stringify(['elder-abuse']),
      status: 'closed',
    });
    expect(await breakthroughText(closedCase.id)).toBeNull();
    const entry = await ctx.database.db
      .selectFrom('audit_entries')
      .select(['action', 'user_id', 'purpose'])
      .where('resource_id', '=', closedCase.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ action: 'case.narrative.erase', user_id: null, purpose: 'retention' });

    // An open case keeps its texts, however old; running again erases nothing more.
    expect((await raw(openCase.id)).description_sealed).not.toBeNull();
    expect(await breakthroughText(openCase.id)).not.toBeNull();
    expect(await ctx.app.services.cases.eraseExpiredNarratives()).toEqual({ erased: 0 });
  });

  it('takes no new text on an erased case: nothing added, changed or reopened', async () => {
    const client = apiClient(ctx.app); // a year later: signed in again
    expect((await client.signInFully(member, clock())).statusCode).toBe(200);
    const erased = (await client.request('GET', `/cases/${closedCase.id}`)).json() as Case;
    expect(erased.narrativeErased?.reason).toBe('retention');
    const [action] = erased.actions;
    const refusals = await Promise.all([
      client.request('POST', `/cases/${closedCase.id}/breakthroughs`, {
        description: 'Alsnog iets bereikt.',
        partnerOrganisationIds: [member.user.organisation_id],
        occurredOn: '2027-01-10',
      }),
      client.request('PUT', `/case-actions/${action?.id}`, {
        text: 'Een dagbesteding zoeken.',
        ownerOrganisationId: member.user.organisation_id,
        ownerUserId: null,
        dueOn: '2026-02-01',
        version: action?.version,
        status: 'done',
        result: 'Gevonden.',
      }),
      client.request('POST', `/cases/${closedCase.id}/status`, {
        version: erased.version,
        status: 'in-progress',
      }),
    ]);
    expect(refusals.map((response) => response.statusCode)).toEqual([409, 409, 409]);
    expect((await raw(closedCase.id)).version).toBe(erased.version);
  });
});
