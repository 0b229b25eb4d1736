import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionCountsSchema,
  actionCreateSchema,
  actionDigestSettingSchema,
  actionListQuerySchema,
  actionSchema,
  actionUpdateSchema,
  breakthroughWriteSchema,
  caseCreateSchema,
  caseSchema,
  caseSummarySchema,
  intakeWriteSchema,
  riskSignalListSchema,
  riskSignalListWriteSchema,
  statusChangeSchema,
} from '../../../shared/schemas/cases.js';
import { actorOf } from '../../auth/session-plugin.js';
import { problemResponses } from '../../http/problem.js';

const idParams = z.object({ id: z.uuid() });
const districtParams = z.object({ districtCode: z.string().regex(/^[A-Z]{2,4}$/) });

/** Who reaches a case, as every case route documents it. */
const reach =
  'The members and directors of its network group, and its holder; nobody else — not ' +
  'administrators, coordinators or analysts — (404 for a case out of reach). Audited.';

export const casesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cases',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Cases of my network groups / Casussen van mijn netwerkgroepen',
        description:
          'The cases of the network groups the caller is a member or director of, and the ' +
          'cases they hold: codes and states only, no free text. Open cases first, newest first.',
        response: { 200: z.array(caseSummarySchema), ...problemResponses(401, 403) },
      },
    },
    (request) => app.services.cases.list(actorOf(request)),
  );

  app.post(
    '/cases',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Bring in a case / Casus inbrengen',
        description:
          "With the household's consent, recorded first: a case in one of the caller's network " +
          'groups, held by the caller and their organisation. It gets a code such as ' +
          '`NW-2026-0042`; it never carries a name.',
        body: caseCreateSchema,
        response: { 201: caseSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await app.services.cases.create(actorOf(request), request.body)),
  );

  app.get(
    '/cases/:id',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'A case / Een casus',
        description: `Its consent, intake and free texts. ${reach}`,
        params: idParams,
        response: { 200: caseSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => app.services.cases.get(actorOf(request), request.params.id),
  );

  app.put(
    '/cases/:id/intake',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Save the intake / Intake opslaan',
        description:
          'Household (without names), forms of violence, life domains, organisations involved, ' +
          'urgency, the question to the table and a short description. The free texts must ' +
          'hold no personal data (422 with findings) and are stored encrypted. Only while ' +
          'consent holds (409 after withdrawal). `version` is the version the edit started ' +
          `from: after someone else's save, 409 with what changed. ${reach}`,
        params: idParams,
        body: intakeWriteSchema,
        response: { 200: caseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    (request) => app.services.cases.saveIntake(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/cases/:id/status',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Move a case to another stage / Fase van een casus wijzigen',
        description:
          'new, on-agenda, in-progress, follow-up, closed: open stages in any order; closing ' +
          'needs a reason (422 without); a closed case can be reopened, unless consent was ' +
          `withdrawn (409), and the reopening is kept in its history. Versioned like the intake. ${reach}`,
        params: idParams,
        body: statusChangeSchema,
        response: { 200: caseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    (request) => app.services.cases.changeStatus(actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/cases/:id/breakthroughs',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Record a breakthrough / Doorbraak vastleggen',
        description:
          'What unblocked the situation (no personal data: 422 with findings; stored ' +
          `encrypted), the partners who did it, and the date. ${reach}`,
        params: idParams,
        body: breakthroughWriteSchema,
        response: { 201: caseSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.services.cases.addBreakthrough(
            actorOf(request),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.post(
    '/cases/:id/actions',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Agree an action / Actie afspreken',
        description:
          'What will be done (no personal data: 422 with findings; stored encrypted), by which ' +
          'organisation and optionally which of its people, by when. Not on a closed case ' +
          `(409). ${reach}`,
        params: idParams,
        body: actionCreateSchema,
        response: { 201: actionSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await app.services.caseActions.create(actorOf(request), request.params.id, request.body),
        ),
  );

  app.put(
    '/case-actions/:id',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Update an action / Actie bijwerken',
        description:
          'Its text, owner, due date, status (open, in-progress, done, not-done) and result; ' +
          '"not-done" needs the reason as result. `version` is the version the edit started ' +
          `from: after someone else's save, 409 with the current version. ${reach}`,
        params: idParams,
        body: actionUpdateSchema,
        response: { 200: actionSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    (request) => app.services.caseActions.update(actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/case-actions',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Actions to follow up / Acties om op te volgen',
        description:
          "`view=my-organisation`: the unfinished actions of the caller's organisation; " +
          '`view=overdue`: the overdue actions of the cases of their network groups. Only ' +
          'cases the caller reaches, by due date. Audited as one read.',
        querystring: actionListQuerySchema,
        response: { 200: z.array(actionSchema), ...problemResponses(400, 401, 403) },
      },
    },
    (request) => app.services.caseActions.list(actorOf(request), request.query.view),
  );

  app.get(
    '/case-actions/counts',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: "My organisation's open actions, counted / Open acties geteld",
        description:
          "For the badge: how many unfinished actions the caller's organisation owns in the " +
          'cases they reach, and how many are overdue. Numbers only.',
        response: { 200: actionCountsSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => app.services.caseActions.counts(actorOf(request)),
  );

  app.get(
    '/me/action-digest',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'My daily mail of actions / Mijn dagelijkse mail met acties',
        description:
          "Whether the caller gets the morning mail listing their organisation's open actions " +
          '(case codes and dates, never texts). On unless turned off.',
        response: { 200: actionDigestSettingSchema, ...problemResponses(401, 403) },
      },
    },
    async (request) => ({
      enabled: await app.services.actionDigest.isWanted(actorOf(request)),
    }),
  );

  app.put(
    '/me/action-digest',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Turn my daily mail of actions on or off / Dagelijkse mail aan of uit',
        body: actionDigestSettingSchema,
        response: { 200: actionDigestSettingSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      enabled: await app.services.actionDigest.setWanted(actorOf(request), request.body.enabled),
    }),
  );

  app.post(
    '/cases/:id/consent-withdrawal',
    {
      config: { access: 'cases.work' },
      schema: {
        tags: ['cases'],
        summary: 'Record that consent was withdrawn / Intrekken van toestemming vastleggen',
        description:
          'Closes the case at once and erases its free texts; the structured intake stays for ' +
          `the figures. Doing it again changes nothing. ${reach}`,
        params: idParams,
        response: { 200: caseSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => app.services.cases.withdrawConsent(actorOf(request), request.params.id),
  );

  app.get(
    '/risk-signals/:districtCode',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['cases'],
        summary: "A district's risk signals / Risicosignalen van een stadsdeel",
        description:
          "The checklist the intake of the district's cases offers: the default list, written " +
          'by Schakel in its own words, until the coordinator writes their own.',
        params: districtParams,
        response: { 200: riskSignalListSchema, ...problemResponses(400, 401, 404) },
      },
    },
    (request) => app.services.riskSignals.list(request.params.districtCode),
  );

  app.put(
    '/risk-signals/:districtCode',
    {
      config: { access: 'risk-signals.configure' },
      schema: {
        tags: ['cases'],
        summary: "Change a district's risk signals / Risicosignalen van een stadsdeel wijzigen",
        description:
          "The district's coordinators and administrators; audited. Signals left out stay on " +
          'the cases that named them; new intakes no longer offer them.',
        params: districtParams,
        body: riskSignalListWriteSchema,
        response: { 200: riskSignalListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      app.services.riskSignals.configure(
        actorOf(request),
        request.params.districtCode,
        request.body.signals,
      ),
  );
};
