import { z } from 'zod';

/**
 * Cases (casussen) of the network groups: anonymous by construction — a case code, never a
 * name — brought in with the household's consent (issue #7, docs/decisions/0008).
 */

export const caseStatuses = ['new', 'on-agenda', 'in-progress', 'follow-up', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const closureReasons = [
  'breakthrough-handed-over',
  'regular-help-in-place',
  'consent-withdrawn',
  'moved-away',
  'no-longer-needed',
  'other',
] as const;
export type ClosureReason = (typeof closureReasons)[number];

export const consentForms = ['verbal', 'written'] as const;
export type ConsentForm = (typeof consentForms)[number];

export const actionStatuses = ['open', 'in-progress', 'done', 'not-done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const violenceForms = [
  'partner-violence',
  'child-abuse',
  'child-neglect',
  'elder-abuse',
  'honour-related-violence',
  'forced-marriage',
  'abandonment-abroad',
  'financial-violence',
  'coercive-control',
  'sexual-violence',
  'sogi-violence',
  'other',
] as const;

export const lifeDomains = [
  'safety',
  'housing',
  'finances',
  'work-income',
  'health',
  'mental-health',
  'addiction',
  'parenting',
  'justice',
  'social-network',
  'residence-status',
] as const;

export const concernLevels = ['low', 'medium', 'high'] as const;
export const urgencies = ['normal', 'soon', 'urgent'] as const;
export const ageBands = ['0-3', '4-11', '12-17', '18-25', '26-45', '46-65', '66+'] as const;
export const householdRelations = [
  'mother',
  'father',
  'parent',
  'partner',
  'ex-partner',
  'child',
  'stepparent',
  'grandparent',
  'sibling',
  'other',
] as const;

/**
 * The checklist of risk signals the intake offers, in our own words (not a licensed risk
 * instrument): common warning signs of escalating domestic violence. A coordinator can change
 * the list of their district.
 */
export const defaultRiskSignals = [
  {
    id: 'threat-to-kill',
    nl: 'Er is gedreigd iemand te doden',
    en: 'Someone was threatened with death',
  },
  {
    id: 'weapon',
    nl: 'Er is een wapen gebruikt of mee gedreigd',
    en: 'A weapon was used or threatened with',
  },
  {
    id: 'strangulation',
    nl: 'Iemand is gewurgd of bij de keel gegrepen',
    en: 'Someone was strangled or grabbed by the throat',
  },
  {
    id: 'escalation',
    nl: 'Het geweld wordt erger of komt vaker voor',
    en: 'The violence is getting worse or more frequent',
  },
  {
    id: 'separation',
    nl: 'Een scheiding is net gebeurd of komt eraan',
    en: 'A separation has just happened or is coming',
  },
  {
    id: 'pregnancy',
    nl: 'Er is een zwangerschap of een baby',
    en: 'There is a pregnancy or a baby',
  },
  {
    id: 'children-witness',
    nl: 'Kinderen zien of horen het geweld',
    en: 'Children see or hear the violence',
  },
  {
    id: 'stalking',
    nl: 'Iemand wordt achtervolgd of voortdurend gecontroleerd',
    en: 'Someone is stalked or constantly checked on',
  },
  {
    id: 'substance-use',
    nl: 'Wie geweld gebruikt, gebruikt ook alcohol of drugs',
    en: 'The person using violence also uses alcohol or drugs',
  },
  {
    id: 'isolation',
    nl: 'Het gezin heeft weinig mensen om zich heen',
    en: 'The household has few people around it',
  },
  {
    id: 'earlier-reports',
    nl: 'Er waren eerder meldingen bij politie of Veilig Thuis',
    en: 'There were earlier reports to the police or Veilig Thuis',
  },
  {
    id: 'suicide-threat',
    nl: 'Iemand dreigt zichzelf iets aan te doen',
    en: 'Someone threatens to harm themselves',
  },
] as const;

export const riskSignalSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower case letters and digits with hyphens')
    .max(40),
  nl: z.string().trim().min(1, 'must not be empty').max(200),
  en: z.string().trim().min(1, 'must not be empty').max(200),
});
export type RiskSignal = z.infer<typeof riskSignalSchema>;

export const riskSignalListSchema = z
  .object({
    districtCode: z.string(),
    signals: z.array(riskSignalSchema),
    /** False while the district uses the default list. */
    ownList: z.boolean(),
  })
  .meta({ id: 'RiskSignalList' });
export type RiskSignalList = z.infer<typeof riskSignalListSchema>;

export const riskSignalListWriteSchema = z
  .object({
    signals: z
      .array(riskSignalSchema)
      .min(1, 'must hold at least one signal')
      .max(40)
      .refine((signals) => new Set(signals.map((s) => s.id)).size === signals.length, {
        message: 'every signal needs its own id',
      }),
  })
  .meta({ id: 'RiskSignalListWrite' });

/** The case code: district, year, number within the district's year (`NW-2026-0042`). */
export const caseCodeSchema = z
  .string()
  .regex(/^[A-Z]{2,4}-\d{4}-\d{4,}$/)
  .meta({ example: 'NW-2026-0042' });

const isoDate = z.iso.date({ error: 'must be a date such as 2026-11-29' });

export const consentWriteSchema = z
  .object({
    givenOn: isoDate.meta({ description: 'When the household agreed.' }),
    form: z.enum(consentForms),
    scope: z.literal('anonymous-discussion', {
      error: 'must be anonymous-discussion: the consent to discuss the case in this network group',
    }),
  })
  .meta({ id: 'ConsentWrite' });

export const caseCreateSchema = z
  .object({
    networkGroupId: z.uuid(),
    consent: consentWriteSchema.meta({
      description: 'Recorded before anything else: without it there is no case.',
    }),
  })
  .meta({ id: 'CaseCreate' });
export type CaseCreate = z.infer<typeof caseCreateSchema>;

const narrative = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .meta({ description: 'Free text, checked for personal data and stored encrypted.' });

export const householdMemberSchema = z.object({
  role: z.enum(['adult', 'child']),
  ageBand: z.enum(ageBands),
  relation: z.enum(householdRelations),
});

export const intakeWriteSchema = z
  .object({
    version: z.number().int().min(1).meta({
      description: 'The version the edit started from; another save since then answers 409.',
    }),
    household: z.array(householdMemberSchema).max(20),
    violenceForms: z.array(z.enum(violenceForms)).max(violenceForms.length),
    lifeDomains: z.partialRecord(z.enum(lifeDomains), z.enum(concernLevels)),
    involvedOrganisationIds: z.array(z.uuid()).max(30),
    riskSignals: z
      .array(z.string().max(40))
      .max(40)
      .default([])
      .meta({ description: "Ids from the checklist of the case's district." }),
    urgency: z.enum(urgencies),
    question: narrative(1000).meta({ description: 'The question to the table (hulpvraag).' }),
    description: narrative(4000),
  })
  .meta({ id: 'IntakeWrite' });
export type IntakeWrite = z.infer<typeof intakeWriteSchema>;

/** An organisation as a case names it: its id, and its name to show. */
const organisationRef = z.object({ id: z.uuid(), name: z.string() });

export const intakeSchema = intakeWriteSchema
  .omit({ version: true })
  .extend({
    involvedOrganisations: z
      .array(organisationRef)
      .meta({ description: 'The organisations involved, with their names.' }),
    savedAt: z.iso.datetime(),
  })
  .meta({ id: 'Intake' });
export type Intake = z.infer<typeof intakeSchema>;

export const caseSummarySchema = z
  .object({
    id: z.uuid(),
    code: caseCodeSchema,
    networkGroup: z.object({ id: z.uuid(), name: z.string(), districtCode: z.string() }),
    status: z.enum(caseStatuses),
    urgency: z.enum(urgencies).nullable(),
    holderOrganisation: organisationRef,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const breakthroughWriteSchema = z
  .object({
    description: narrative(1000)
      .min(1, 'must not be empty')
      .meta({ description: 'What unblocked the situation. Checked for personal data, encrypted.' }),
    partnerOrganisationIds: z.array(z.uuid()).min(1, 'name at least one partner').max(20),
    occurredOn: isoDate,
  })
  .meta({ id: 'BreakthroughWrite' });
export type BreakthroughWrite = z.infer<typeof breakthroughWriteSchema>;

export const breakthroughSchema = z
  .object({
    id: z.uuid(),
    description: z.string().meta({ description: 'Empty once erased.' }),
    partnerOrganisations: z.array(organisationRef),
    occurredOn: z.iso.date(),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: 'Breakthrough' });
export type Breakthrough = z.infer<typeof breakthroughSchema>;

export const actionCreateSchema = z
  .object({
    text: narrative(500)
      .min(1, 'must not be empty')
      .meta({ description: 'What will be done. Checked for personal data, encrypted.' }),
    ownerOrganisationId: z.uuid(),
    ownerUserId: z.uuid().nullable().default(null).meta({
      description: 'Optionally a person of the owner organisation.',
    }),
    dueOn: isoDate,
  })
  .meta({ id: 'ActionCreate' });
export type ActionCreate = z.infer<typeof actionCreateSchema>;

export const actionUpdateSchema = actionCreateSchema
  .extend({
    version: z.number().int().min(1),
    status: z.enum(actionStatuses),
    result: narrative(1000).default('').meta({
      description: 'What came of it; when not done, why (required then).',
    }),
  })
  .meta({ id: 'ActionUpdate' });
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;

export const actionSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    caseCode: caseCodeSchema,
    text: z.string().meta({ description: 'Empty once erased.' }),
    ownerOrganisation: organisationRef,
    ownerUser: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
    dueOn: z.iso.date(),
    status: z.enum(actionStatuses),
    result: z.string(),
    overdue: z.boolean().meta({ description: 'Open or in progress after its due date.' }),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Action' });
export type Action = z.infer<typeof actionSchema>;

export const actionListQuerySchema = z.object({
  view: z.enum(['my-organisation', 'overdue']).meta({
    description:
      '`my-organisation`: the open and in-progress actions my organisation owns; `overdue`: ' +
      'the overdue actions of the cases of my network groups.',
  }),
});

export const actionCountsSchema = z
  .object({
    open: z.number().int().meta({ description: "My organisation's unfinished actions." }),
    overdue: z.number().int().meta({ description: 'Of those, past their due date.' }),
  })
  .meta({ id: 'ActionCounts' });

export const actionDigestSettingSchema = z
  .object({ enabled: z.boolean() })
  .meta({ id: 'ActionDigestSetting' });

export const statusChangeSchema = z
  .object({
    version: z.number().int().min(1),
    status: z.enum(caseStatuses),
    closureReason: z
      .enum(closureReasons)
      .exclude(['consent-withdrawn'])
      .optional()
      .meta({ description: 'Required when closing (consent withdrawn has its own request).' }),
  })
  .meta({ id: 'StatusChange' });
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const caseSchema = caseSummarySchema
  .extend({
    holder: z.object({ userId: z.uuid(), displayName: z.string() }),
    closureReason: z.enum(closureReasons).nullable(),
    consent: z.object({
      givenOn: z.iso.date(),
      form: z.enum(consentForms),
      recordedAt: z.iso.datetime(),
      withdrawnAt: z.iso.datetime().nullable(),
    }),
    intake: intakeSchema.nullable(),
    narrativeErased: z
      .object({ at: z.iso.datetime(), reason: z.enum(['consent-withdrawn', 'retention']) })
      .nullable()
      .meta({ description: 'When and why the free texts were erased; the structure remains.' }),
    breakthroughs: z.array(breakthroughSchema),
    actions: z.array(actionSchema),
    table: z
      .object({
        organisations: z.array(organisationRef),
        members: z.array(
          z.object({ userId: z.uuid(), displayName: z.string(), organisationId: z.uuid() }),
        ),
      })
      .meta({
        description:
          "Who sits at the network group's table: the organisations and people who can own its actions.",
      }),
    version: z.number().int(),
  })
  .meta({ id: 'Case' });
export type Case = z.infer<typeof caseSchema>;

/** The audit trail's actions on cases: the resource is `case`, its id the case's. */
export const caseActions = [
  'case.create',
  'case.list',
  'case.read',
  'case.intake.save',
  'case.status.change',
  'case.reopen',
  'case.breakthrough.add',
  'case.action.create',
  'case.action.update',
  'case.actions.read',
  // The daily digest of actions was mailed to the person (resource: case-action).
  'case.actions.digest',
  'case.consent.withdraw',
  // The retention job, after the retention period: no person, the purpose `retention`.
  'case.narrative.erase',
] as const;
