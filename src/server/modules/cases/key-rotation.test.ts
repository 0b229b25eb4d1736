import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/schemas/cases.js';
import { auditService } from '../../audit/audit.service.js';
import { fieldCipher, newDataKey, parseKeys } from '../../privacy/field-encryption.js';
import { piiService } from '../../privacy/pii.service.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';
import { casesService } from './cases.service.js';
import { riskSignalsService } from './risk-signals.service.js';

// `schakel keys rotate` seals every case text again with the new key: afterwards the new key
// alone opens all of them. (The command itself: src/cli/cli.test.ts.)

const clock = fakeClock();
let ctx: TestContext;
let caseId: string;

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  const district = await ctx.newDistrict();
  const group = await ctx.newNetworkGroup({ districtCode: district.code });
  const member = await ctx.newUser({ roles: [{ role: 'member', networkGroupId: group.id }] });
  const client = apiClient(ctx.app);
  expect((await client.signInFully(member, clock())).statusCode).toBe(200);
  const created = (
    await client.request('POST', '/cases', {
      networkGroupId: group.id,
      consent: { givenOn: '2026-11-28', form: 'verbal', scope: 'anonymous-discussion' },
    })
  ).json() as Case;
  caseId = created.id;
  const steps = [
    client.request('PUT', `/cases/${caseId}/intake`, {
      version: 1,
      household: [],
      violenceForms: ['coercive-control'],
      lifeDomains: {},
      involvedOrganisationIds: [],
      urgency: 'normal',
      question: 'Wie helpt met de financiën?',
      description: 'Er is geen overzicht van de schulden.',
    }),
    client.request('POST', `/cases/${caseId}/breakthroughs`, {
      description: 'Schuldhulp is gestart.',
      partnerOrganisationIds: [member.user.organisation_id],
      occurredOn: '2026-11-28',
    }),
    client.request('POST', `/cases/${caseId}/actions`, {
      text: 'Een afspraak bij de schuldhulp maken.',
      ownerOrganisationId: member.user.organisation_id,
      dueOn: '2026-12-05',
    }),
  ];
  for (const step of steps) expect([200, 201]).toContain((await step).statusCode);
});
afterAll(() => ctx?.close());

async function sealedValues() {
  const db = ctx.database.db;
  const [cases, breakthroughs, actions] = await Promise.all([
    db.selectFrom('cases').select(['question_sealed', 'description_sealed']).execute(),
    db.selectFrom('case_breakthroughs').select('description_sealed').execute(),
    db.selectFrom('case_actions').select(['text_sealed', 'result_sealed']).execute(),
  ]);
  return [...cases, ...breakthroughs, ...actions]
    .flatMap((row) => Object.values(row))
    .filter((value): value is string => value !== null);
}

describe('rotating the data key', () => {
  it('seals every case text again with the new key, which alone then opens them', async () => {
    const older = ctx.keyring;
    const newKey = newDataKey();
    const rotated = parseKeys(
      `${newKey},${Buffer.from(older.current.key).toString('base64')}`,
      'test',
    );
    const audit = auditService(ctx.database.db, clock);
    const cases = (cipherKeys: typeof rotated) =>
      casesService(ctx.database.db, {
        audit,
        pii: piiService(ctx.database.db, audit),
        cipher: fieldCipher(cipherKeys),
        clock,
        retentionMonths: 12,
        riskSignals: riskSignalsService(ctx.database.db, { audit, clock }),
      });

    expect(await cases(rotated).resealNarratives()).toEqual({ resealed: 4 });
    const values = await sealedValues();
    expect(values).toHaveLength(4);
    for (const value of values) expect(value.split('.')[1]).toBe(rotated.current.id);
    expect(await cases(rotated).resealNarratives()).toEqual({ resealed: 0 });

    // Every value names the new key; and the new key alone opens them.
    const row = await ctx.database.db
      .selectFrom('cases')
      .select(['question_sealed'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(
      fieldCipher(parseKeys(newKey, 'test')).open(
        row.question_sealed as string,
        `cases.question:${caseId}`,
      ),
    ).toBe('Wie helpt met de financiën?');
    const rotations = await ctx.database.db
      .selectFrom('audit_entries')
      .select('action')
      .where('action', '=', 'data-key.rotate')
      .execute();
    expect(rotations).toHaveLength(1);
  });
});
