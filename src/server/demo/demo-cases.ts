import type { Kysely } from 'kysely';
import type { CaseStatus, ClosureReason, IntakeWrite } from '../../shared/schemas/cases.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { casesRepository } from '../modules/cases/cases.repository.js';
import { actionPlace, breakthroughPlace, casePlace } from '../modules/cases/sealed-places.js';
import type { FieldCipher } from '../privacy/field-encryption.js';
import type { DistrictCode } from './demo-data.js';

type DemoIntake = Omit<IntakeWrite, 'version' | 'involvedOrganisationIds'> & {
  involved: string[];
};

interface DemoCase {
  /** Brought in by this demo user (a member of the district's network group). */
  holder: string;
  status: CaseStatus;
  closureReason?: ClosureReason;
  /** Days before the seed: when consent was given and the case brought in. */
  daysAgo: number;
  intake?: DemoIntake;
  breakthroughs?: { description: string; partners: string[]; daysAgo: number }[];
  actions?: {
    text: string;
    owner: string;
    /** Days from the seed: negative is overdue. */
    dueInDays: number;
    status?: 'open' | 'in-progress' | 'done' | 'not-done';
    result?: string;
  }[];
}

/**
 * A handful of fictional cases per demo network group, in every stage. Written by us: no
 * household, no names — the texts pass the PII guard (seed-demo.test.ts checks).
 */
export const demoCases: Record<DistrictCode, DemoCase[]> = {
  NW: [
    { holder: 'farah@demo.schakel.example', status: 'new', daysAgo: 1 },
    {
      holder: 'farah@demo.schakel.example',
      status: 'on-agenda',
      daysAgo: 6,
      intake: {
        household: [
          { role: 'adult', ageBand: '26-45', relation: 'mother' },
          { role: 'adult', ageBand: '26-45', relation: 'father' },
          { role: 'child', ageBand: '12-17', relation: 'child' },
        ],
        violenceForms: ['partner-violence', 'financial-violence'],
        lifeDomains: { housing: 'medium', finances: 'high', safety: 'high' },
        involved: ['Buurtteam Amsterdam Nieuw-West'],
        riskSignals: ['escalation', 'children-witness'],
        urgency: 'soon',
        question: 'Hoe bereiken we de vader zonder de moeder in gevaar te brengen?',
        description:
          'Moeder vertelde in de vrouwengroep over geweld en geldzorgen. De vader beheert al het geld.',
      },
    },
    {
      holder: 'kiki@demo.schakel.example',
      status: 'in-progress',
      daysAgo: 20,
      intake: {
        household: [
          { role: 'adult', ageBand: '46-65', relation: 'parent' },
          { role: 'child', ageBand: '18-25', relation: 'child' },
        ],
        violenceForms: ['child-abuse', 'coercive-control'],
        lifeDomains: { parenting: 'high', 'mental-health': 'medium' },
        involved: ['Veilig Thuis Amsterdam-Amstelland'],
        riskSignals: ['isolation'],
        urgency: 'normal',
        question: 'Wie kan de ouder helpen met opvoeden zonder geweld?',
        description: 'De ouder wil hulp maar vertrouwt de formele hulp niet.',
      },
      actions: [
        {
          text: 'Een oudergesprek plannen samen met de informele partner.',
          owner: 'Buurtteam Amsterdam Nieuw-West',
          dueInDays: -3,
        },
        {
          text: 'Nagaan welke oudercursus in de buurt past.',
          owner: 'Nisa 4 Nisa',
          dueInDays: 10,
          status: 'in-progress',
        },
      ],
    },
    {
      holder: 'farah@demo.schakel.example',
      status: 'closed',
      closureReason: 'regular-help-in-place',
      daysAgo: 70,
      intake: {
        household: [{ role: 'adult', ageBand: '66+', relation: 'parent' }],
        violenceForms: ['elder-abuse'],
        lifeDomains: { health: 'high' },
        involved: [],
        riskSignals: [],
        urgency: 'normal',
        question: 'Wie ontlast de mantelzorger?',
        description: 'Overbelaste mantelzorg leidde tot spanningen.',
      },
    },
  ],
  ZO: [
    { holder: 'informeel.zo@demo.schakel.example', status: 'new', daysAgo: 2 },
    {
      holder: 'informeel.zo@demo.schakel.example',
      status: 'follow-up',
      daysAgo: 35,
      intake: {
        household: [
          { role: 'adult', ageBand: '26-45', relation: 'father' },
          { role: 'child', ageBand: '4-11', relation: 'child' },
        ],
        violenceForms: ['partner-violence'],
        lifeDomains: { safety: 'medium', 'social-network': 'high' },
        involved: ['Buurtteam Amsterdam Zuidoost'],
        riskSignals: ['separation'],
        urgency: 'normal',
        question: 'Hoe houdt de vader contact met zijn kind zonder nieuwe ruzies?',
        description: 'Na de scheiding lopen overdrachten van het kind steeds uit de hand.',
      },
      breakthroughs: [
        {
          description: 'De vader sloot aan bij de vadergroep; de overdrachten verlopen rustiger.',
          partners: ['Stichting ProFor', 'Buurtteam Amsterdam Zuidoost'],
          daysAgo: 7,
        },
      ],
      actions: [
        {
          text: 'Een vaste plek voor de overdracht regelen.',
          owner: 'Buurtteam Amsterdam Zuidoost',
          dueInDays: -10,
          status: 'done',
          result: 'Overdracht gebeurt nu in het buurthuis.',
        },
      ],
    },
    {
      holder: 'formeel.zo@demo.schakel.example',
      status: 'in-progress',
      daysAgo: 14,
      intake: {
        household: [
          { role: 'adult', ageBand: '18-25', relation: 'partner' },
          { role: 'adult', ageBand: '18-25', relation: 'partner' },
        ],
        violenceForms: ['honour-related-violence'],
        lifeDomains: { safety: 'high', 'social-network': 'medium' },
        involved: [],
        riskSignals: ['threat-to-kill'],
        urgency: 'urgent',
        question: 'Welke partner kan veilig in gesprek met de familie?',
        description: 'Familie dreigt na een relatie die zij afkeuren.',
      },
      actions: [
        {
          text: 'Een deskundige op eergerelateerd geweld betrekken.',
          owner: 'Blijf Groep',
          dueInDays: 2,
        },
      ],
    },
  ],
};

/**
 * Seeds the demo cases through the cases repository, their texts sealed as the service seals
 * them. `ids` resolves demo users (by e-mail), organisations (by name) and network groups.
 */
export async function seedDemoCases(
  trx: Kysely<Database>,
  cipher: FieldCipher,
  ids: {
    users: Map<string, { id: string; organisationId: string }>;
    organisations: Map<string, string>;
    groups: Map<string, { id: string; districtId: string }>;
  },
  now: Date,
): Promise<number> {
  const repository = casesRepository(trx);
  const dayOffset = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  const organisationId = (name: string) => {
    const id = ids.organisations.get(name);
    if (!id) throw new Error('A demo case names an unknown organisation.');
    return id;
  };
  let count = 0;
  for (const [district, cases] of Object.entries(demoCases) as [DistrictCode, DemoCase[]][]) {
    const group = ids.groups.get(district);
    if (!group) throw new Error('A demo case names an unknown network group.');
    for (const demo of cases) {
      const holder = ids.users.get(demo.holder);
      if (!holder) throw new Error('A demo case names an unknown user.');
      const id = newId();
      const at = dayOffset(-demo.daysAgo);
      const year = new Date(at).getUTCFullYear();
      const number = await repository.nextNumber(group.districtId, year);
      const seal = (text: string, place: string) => (text === '' ? null : cipher.seal(text, place));
      const intake = demo.intake;
      await repository.insert({
        id,
        code: `${district}-${year}-${String(number).padStart(4, '0')}`,
        network_group_id: group.id,
        district_id: group.districtId,
        holder_user_id: holder.id,
        holder_organisation_id: holder.organisationId,
        status: demo.status,
        closure_reason: demo.closureReason ?? null,
        version: 1,
        consent_given_on: at.slice(0, 10),
        consent_form: 'verbal',
        consent_recorded_by: holder.id,
        consent_recorded_at: at,
        consent_withdrawn_at: null,
        household: JSON.stringify(intake?.household ?? []),
        violence_forms: JSON.stringify(intake?.violenceForms ?? []),
        life_domains: JSON.stringify(intake?.lifeDomains ?? {}),
        involved_organisation_ids: JSON.stringify((intake?.involved ?? []).map(organisationId)),
        risk_signals: JSON.stringify(intake?.riskSignals ?? []),
        urgency: intake?.urgency ?? null,
        question_sealed: intake ? seal(intake.question, casePlace('question', id)) : null,
        description_sealed: intake ? seal(intake.description, casePlace('description', id)) : null,
        intake_saved_at: intake ? at : null,
        narrative_erased_at: null,
        narrative_erasure_reason: null,
        created_at: at,
        updated_at: at,
        closed_at: demo.status === 'closed' ? dayOffset(-demo.daysAgo + 30) : null,
      });
      await repository.addEvent({
        id: newId(),
        case_id: id,
        version: 1,
        kind: 'created',
        user_id: holder.id,
        changed_fields: JSON.stringify(['consent']),
        at,
      });
      for (const breakthrough of demo.breakthroughs ?? []) {
        const breakthroughId = newId();
        await repository.insertBreakthrough({
          id: breakthroughId,
          case_id: id,
          description_sealed: cipher.seal(
            breakthrough.description,
            breakthroughPlace(breakthroughId),
          ),
          partner_organisation_ids: JSON.stringify(breakthrough.partners.map(organisationId)),
          occurred_on: dayOffset(-breakthrough.daysAgo).slice(0, 10),
          recorded_by: holder.id,
          recorded_at: dayOffset(-breakthrough.daysAgo),
        });
      }
      for (const action of demo.actions ?? []) {
        const actionId = newId();
        await repository.insertAction({
          id: actionId,
          case_id: id,
          text_sealed: cipher.seal(action.text, actionPlace('text', actionId)),
          owner_organisation_id: organisationId(action.owner),
          owner_user_id: null,
          due_on: dayOffset(action.dueInDays).slice(0, 10),
          status: action.status ?? 'open',
          result_sealed: action.result
            ? cipher.seal(action.result, actionPlace('result', actionId))
            : null,
          version: 1,
          created_by: holder.id,
          created_at: at,
          updated_at: at,
        });
      }
      count += 1;
    }
  }
  return count;
}
