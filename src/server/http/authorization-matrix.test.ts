import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DirectoryContactWrite,
  DirectoryLocationWrite,
  DirectoryServiceWrite,
} from '../../shared/schemas/directory.js';
import { directoryRepository } from '../modules/directory/directory.repository.js';
import { peopleService } from '../modules/people/people.service.js';
import { apiClient } from '../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext, unique } from '../testing/test-app.js';

/**
 * The authorization matrix: every route of the OpenAPI document, called by every kind of
 * person, must answer the status written here. A route without a row fails the test, so a new
 * route cannot slip in without someone deciding who may call it. Later modules add rows.
 *
 * The objects the requests touch belong to district A (and its network group A); the
 * "other" coordinator and member work in district B: for them, A's objects do not exist (404).
 */
const personas = [
  'anonymous',
  'admin',
  'coordinator',
  'otherCoordinator',
  'director',
  'member',
  'otherMember',
  'analyst',
] as const;
type Persona = (typeof personas)[number];
type Statuses = Record<Persona, number>;

const clock = fakeClock();
let ctx: TestContext;
const tabs = {} as Record<Persona, ReturnType<typeof apiClient>>;

/** What the rows refer to, made once in beforeAll. */
interface Fixtures {
  districtA: { id: string; code: string };
  organisationA1: string;
  organisationA2: string;
  groupA: string;
  /** An account in district A that the rows read, rename and give roles. */
  accountA: string;
  /** Accounts in district A that rows deactivate, reset and add to the group. */
  deactivatedA: string;
  resetA: string;
  candidateA: string;
  /** A directory service of organisation A1, that rows change. */
  serviceA1: string;
  /** A public and a confidential location, and a warm-line contact, of organisation A1. */
  locationA1: string;
  confidentialLocationA1: string;
  contactA1: string;
}
let fx: Fixtures;

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: object;
}

interface Row {
  /** As in the OpenAPI document: `POST /users/{id}/roles`. */
  route: string;
  expected: Statuses;
  /** The request; may prepare state first, so that every persona meets the same situation. */
  call: (persona: Persona) => Call | Promise<Call>;
}

const all = (status: number): Statuses =>
  Object.fromEntries(personas.map((persona) => [persona, status])) as Statuses;
/** One's own account: anyone signed in. */
const own = (status: number): Statuses => ({ ...all(status), anonymous: 401 });
/** Administrators only. */
const adminOnly = (status: number): Statuses => ({ ...all(403), anonymous: 401, admin: status });
/** Accounts and organisations: administrators, and the coordinator of the object's district. */
const districtManagers = (status: number): Statuses => ({
  ...adminOnly(status),
  coordinator: status,
  otherCoordinator: 404,
});
/** A network group's organisations and people: also its director. */
const groupManagers = (status: number): Statuses => ({
  ...districtManagers(status),
  director: status,
});

/** A directory entry: also the organisation's own people (A1's director and member). */
const directoryEditors = (status: number): Statuses => ({
  ...groupManagers(status),
  member: status,
  otherMember: 404,
});

/** A directory service of organisation A1, made without the API. */
async function newServiceA1(): Promise<string> {
  const id = randomUUID();
  await directoryRepository(ctx.database.db).saveService(
    { id, organisationId: fx.organisationA1, at: new Date().toISOString(), isNew: true },
    serviceBody,
    [],
  );
  return id;
}
/** A location of organisation A1, made without the API. */
async function newLocationA1(confidential: boolean): Promise<string> {
  const id = randomUUID();
  await directoryRepository(ctx.database.db).saveLocation(
    { id, organisationId: fx.organisationA1, at: new Date().toISOString(), isNew: true },
    { ...locationBody, confidential },
  );
  return id;
}
/** A warm-line contact of organisation A1, made without the API. */
async function newContactA1(): Promise<string> {
  const id = randomUUID();
  await directoryRepository(ctx.database.db).saveContact(
    { id, organisationId: fx.organisationA1, at: new Date().toISOString(), isNew: true },
    contactBody,
  );
  return id;
}
const locationBody: DirectoryLocationWrite = {
  name: 'Inlooppunt',
  streetAddress: 'Dorpsstraat 1',
  postcode: '1000 AA',
  city: 'Amsterdam',
  openingHours: '',
  confidential: false,
};
const contactBody: DirectoryContactWrite = {
  name: 'Fictieve Fenna',
  role: 'Aandachtsfunctionaris',
  phone: '',
  email: '',
  optedIn: true,
};
/**
 * A confidential location (a shelter's address): the organisation's own people only (A1's
 * director and member); for everyone else, administrators included, it does not exist.
 */
const ownEditors = (status: number): Statuses => ({
  ...directoryEditors(404),
  analyst: 403,
  director: status,
  member: status,
});

const serviceBody: DirectoryServiceWrite = {
  name: 'Inloopspreekuur',
  description: '',
  categories: ['walk-in'],
  targetGroups: ['women'],
  accessRoutes: ['walk-in'],
  eligibility: '',
  cost: '',
  languages: ['nl'],
  schedule: '',
  status: 'active',
  capacity: null,
  districtCodes: [],
};

/**
 * Cases: only the members and director of the case's network group (here group A, whose
 * people work for A1, an informal partner) — not administrators, coordinators or analysts.
 */
const caseWorkers = (status: number): Statuses => ({
  ...all(403),
  anonymous: 401,
  director: status,
  member: status,
  otherMember: 404,
});
const caseConsent = { givenOn: '2026-11-01', form: 'written', scope: 'anonymous-discussion' };
/** A fresh case of group A, brought in by its member through the API. */
async function newCaseA(): Promise<string> {
  const response = await tabs.member.request('POST', '/cases', {
    networkGroupId: fx.groupA,
    consent: caseConsent,
  });
  expect(response.statusCode).toBe(201);
  return (response.json() as { id: string }).id;
}
const actionBody = {
  text: 'Een gesprek plannen.',
  ownerOrganisationId: '',
  dueOn: '2026-12-01',
};
/** An action on a fresh case of group A, agreed by its member. */
async function newActionA(): Promise<string> {
  const response = await tabs.member.request(
    'POST',
    `/cases/${await newCaseA()}/actions`,
    actionBody,
  );
  expect(response.statusCode).toBe(201);
  return (response.json() as { id: string }).id;
}
const intakeBody = {
  version: 1,
  household: [{ role: 'adult', ageBand: '26-45', relation: 'mother' }],
  violenceForms: ['coercive-control'],
  lifeDomains: { safety: 'high' },
  involvedOrganisationIds: [],
  urgency: 'normal',
  question: 'Wat kan de groep samen doen?',
  description: 'Zorgen over de veiligheid thuis.',
};

const get = (url: string): Call => ({ method: 'GET', url });
const post = (url: string, body: object = {}): Call => ({ method: 'POST', url, body });

const rows: Row[] = [
  // Public.
  { route: 'GET /health', expected: all(200), call: () => get('/health') },
  { route: 'GET /instance', expected: all(200), call: () => get('/instance') },
  { route: 'GET /districts', expected: all(200), call: () => get('/districts') },
  { route: 'GET /organisations', expected: all(200), call: () => get('/organisations') },
  { route: 'GET /sso/organisations', expected: all(200), call: () => get('/sso/organisations') },
  {
    route: 'GET /sso/start',
    expected: all(302),
    call: () => get(`/sso/start?organisation=${fx.organisationA2}`),
  },
  { route: 'GET /sso/callback', expected: all(302), call: () => get('/sso/callback?state=x') },
  {
    route: 'POST /session',
    expected: all(401),
    // An address per persona: five failures on one would rightly slow it down (429).
    call: (persona) =>
      post('/session', { email: `niemand.${persona}@test.schakel.example`, password: 'geen-idee' }),
  },
  {
    route: 'POST /session/passkey/options',
    expected: all(200),
    call: () => post('/session/passkey/options'),
  },
  {
    route: 'POST /session/passkey',
    expected: all(401),
    call: () => post('/session/passkey', { challengeId: randomUUID(), response: fakeCredential }),
  },
  {
    route: 'POST /invitations/accept',
    expected: all(422),
    call: () => post('/invitations/accept', { token: 'x'.repeat(43), password: 'lang-genoeg-ww' }),
  },
  {
    route: 'POST /password-reset',
    expected: all(202),
    call: () => post('/password-reset', { email: 'niemand@test.schakel.example' }),
  },
  {
    route: 'POST /password-reset/confirm',
    expected: all(422),
    call: () =>
      post('/password-reset/confirm', { token: 'x'.repeat(43), password: 'lang-genoeg-ww' }),
  },

  // One's own account. Everyone but the analyst has an authenticator app already.
  { route: 'GET /me', expected: own(200), call: () => get('/me') },
  { route: 'GET /me/sessions', expected: own(200), call: () => get('/me/sessions') },
  {
    route: 'DELETE /me/sessions/{id}',
    expected: own(404),
    call: () => ({ method: 'DELETE', url: `/me/sessions/${randomUUID()}` }),
  },
  {
    route: 'POST /session/mfa',
    expected: own(200),
    call: () => post('/session/mfa', { code: '000000' }),
  },
  { route: 'POST /me/totp', expected: { ...own(403), analyst: 200 }, call: () => post('/me/totp') },
  {
    route: 'POST /me/totp/confirm',
    expected: { ...own(403), analyst: 422 },
    call: () => post('/me/totp/confirm', { code: '000000' }),
  },
  {
    route: 'POST /me/recovery-codes',
    expected: { ...own(200), analyst: 403 },
    call: () => post('/me/recovery-codes'),
  },
  { route: 'GET /me/passkeys', expected: own(200), call: () => get('/me/passkeys') },
  {
    route: 'POST /me/passkeys/options',
    expected: own(200),
    call: () => post('/me/passkeys/options'),
  },
  {
    route: 'POST /me/passkeys',
    expected: own(401),
    call: () =>
      post('/me/passkeys', {
        challengeId: randomUUID(),
        name: 'Sleutel',
        response: fakeCredential,
      }),
  },
  {
    route: 'DELETE /me/passkeys/{id}',
    expected: own(404),
    call: () => ({ method: 'DELETE', url: `/me/passkeys/${randomUUID()}` }),
  },
  { route: 'GET /me/audit-entries', expected: own(200), call: () => get('/me/audit-entries') },

  // Accounts.
  {
    route: 'GET /users',
    expected: { ...districtManagers(200), otherCoordinator: 200 },
    call: () => get('/users'),
  },
  {
    route: 'GET /users/{id}',
    expected: districtManagers(200),
    call: () => get(`/users/${fx.accountA}`),
  },
  {
    route: 'PATCH /users/{id}',
    expected: districtManagers(204),
    call: () => ({
      method: 'PATCH',
      url: `/users/${fx.accountA}`,
      body: { displayName: 'Nieuwe Naam' },
    }),
  },
  {
    route: 'POST /users/{id}/deactivate',
    expected: districtManagers(204),
    call: () => post(`/users/${fx.deactivatedA}/deactivate`),
  },
  {
    route: 'POST /users/{id}/reactivate',
    expected: districtManagers(204),
    call: () => post(`/users/${fx.deactivatedA}/reactivate`),
  },
  {
    route: 'POST /users/{id}/mfa-reset',
    expected: districtManagers(204),
    call: () => post(`/users/${fx.resetA}/mfa-reset`),
  },
  {
    route: 'POST /users/{id}/end-sessions',
    expected: districtManagers(204),
    call: () => post(`/users/${fx.accountA}/end-sessions`),
  },
  {
    route: 'POST /users/{id}/roles',
    expected: districtManagers(201),
    call: () =>
      post(`/users/${fx.accountA}/roles`, { role: 'analyst', districtCode: fx.districtA.code }),
  },
  {
    route: 'DELETE /users/{id}/roles/{roleId}',
    expected: districtManagers(204),
    async call() {
      const role = await peopleService(ctx.database.db).addRole({
        userId: fx.accountA,
        role: 'member',
        districtId: null,
        networkGroupId: fx.groupA,
      });
      return { method: 'DELETE', url: `/users/${fx.accountA}/roles/${role.id}` };
    },
  },
  {
    route: 'POST /invitations',
    // The other coordinator cannot name A's organisation: for them it does not exist.
    expected: { ...districtManagers(201), otherCoordinator: 422 },
    call: (persona) =>
      post('/invitations', {
        email: `${persona.toLowerCase()}.${randomUUID().slice(0, 8)}@test.schakel.example`,
        displayName: 'Nieuwe Collega',
        organisationId: fx.organisationA1,
        role: 'member',
        networkGroupId: fx.groupA,
      }),
  },

  // Organisations and districts.
  {
    route: 'POST /organisations',
    expected: { ...districtManagers(201), otherCoordinator: 403 },
    call: () =>
      post('/organisations', {
        name: unique('Stichting'),
        kind: 'informal',
        districtCodes: [fx.districtA.code],
      }),
  },
  {
    route: 'PUT /organisations/{id}',
    expected: districtManagers(200),
    call: () => ({
      method: 'PUT',
      url: `/organisations/${fx.organisationA2}`,
      body: { name: 'Stichting A2', kind: 'informal', districtCodes: [fx.districtA.code] },
    }),
  },
  {
    route: 'PUT /organisations/{id}/sso',
    expected: adminOnly(204),
    call: () => ({
      method: 'PUT',
      url: `/organisations/${fx.organisationA1}/sso`,
      body: { issuer: 'https://login.a1.example', clientId: 'schakel', clientSecret: 'geheim' },
    }),
  },
  {
    route: 'POST /districts',
    expected: adminOnly(201),
    call: () => post('/districts', { code: 'ZZZ', name: 'Nieuw stadsdeel' }),
  },
  {
    route: 'PATCH /districts/{code}',
    expected: adminOnly(200),
    call: () => ({
      method: 'PATCH',
      url: `/districts/${fx.districtA.code}`,
      body: { name: 'Stadsdeel A' },
    }),
  },

  // Network groups.
  {
    route: 'GET /network-groups',
    expected: { ...groupManagers(200), otherCoordinator: 200 },
    call: () => get('/network-groups'),
  },
  {
    route: 'POST /network-groups',
    expected: { ...districtManagers(201), otherCoordinator: 403 },
    call: () => post('/network-groups', { districtCode: fx.districtA.code, name: unique('Groep') }),
  },
  {
    route: 'GET /network-groups/{id}',
    expected: groupManagers(200),
    call: () => get(`/network-groups/${fx.groupA}`),
  },
  {
    route: 'GET /network-groups/{id}/candidates',
    expected: groupManagers(200),
    call: () => get(`/network-groups/${fx.groupA}/candidates`),
  },
  {
    route: 'PATCH /network-groups/{id}',
    expected: districtManagers(204),
    call: () => ({
      method: 'PATCH',
      url: `/network-groups/${fx.groupA}`,
      body: { name: 'Netwerkgroep A' },
    }),
  },
  {
    route: 'PUT /network-groups/{id}/organisations/{organisationId}',
    expected: groupManagers(204),
    call: () => ({
      method: 'PUT',
      url: `/network-groups/${fx.groupA}/organisations/${fx.organisationA2}`,
    }),
  },
  {
    route: 'DELETE /network-groups/{id}/organisations/{organisationId}',
    expected: groupManagers(204),
    call: () => ({
      method: 'DELETE',
      url: `/network-groups/${fx.groupA}/organisations/${fx.organisationA2}`,
    }),
  },
  {
    route: 'POST /network-groups/{id}/members',
    expected: groupManagers(204),
    call: () =>
      post(`/network-groups/${fx.groupA}/members`, { userId: fx.candidateA, role: 'member' }),
  },
  {
    route: 'DELETE /network-groups/{id}/members/{userId}',
    expected: groupManagers(204),
    async call() {
      await peopleService(ctx.database.db).addRole({
        userId: fx.candidateA,
        role: 'member',
        districtId: null,
        networkGroupId: fx.groupA,
      });
      return { method: 'DELETE', url: `/network-groups/${fx.groupA}/members/${fx.candidateA}` };
    },
  },

  // The PII guard: those who write case-table texts.
  {
    route: 'GET /pii-overrides',
    expected: { ...own(200), analyst: 403 },
    call: () => get('/pii-overrides'),
  },
  {
    route: 'POST /pii-overrides',
    expected: { ...own(201), analyst: 403 },
    call: () =>
      post('/pii-overrides', { text: 'Roos', category: 'name', reason: 'Een bloem in de tuin' }),
  },

  // Cases: the members and director of the case's network group only.
  {
    route: 'GET /cases',
    expected: { ...caseWorkers(200), otherMember: 200 },
    call: () => get('/cases'),
  },
  {
    route: 'POST /cases',
    expected: caseWorkers(201),
    call: () => post('/cases', { networkGroupId: fx.groupA, consent: caseConsent }),
  },
  {
    route: 'GET /cases/{id}',
    expected: caseWorkers(200),
    call: async () => get(`/cases/${await newCaseA()}`),
  },
  {
    route: 'PUT /cases/{id}/intake',
    expected: caseWorkers(200),
    call: async () => ({
      method: 'PUT',
      url: `/cases/${await newCaseA()}/intake`,
      body: intakeBody,
    }),
  },
  {
    route: 'POST /cases/{id}/status',
    expected: caseWorkers(200),
    call: async () =>
      post(`/cases/${await newCaseA()}/status`, { version: 1, status: 'on-agenda' }),
  },
  {
    route: 'POST /cases/{id}/breakthroughs',
    expected: caseWorkers(201),
    call: async () =>
      post(`/cases/${await newCaseA()}/breakthroughs`, {
        description: 'Een gesprek bracht beweging.',
        partnerOrganisationIds: [fx.organisationA1],
        occurredOn: '2026-11-01',
      }),
  },
  {
    route: 'POST /cases/{id}/actions',
    expected: caseWorkers(201),
    call: async () => post(`/cases/${await newCaseA()}/actions`, actionBody),
  },
  {
    route: 'PUT /case-actions/{id}',
    expected: caseWorkers(200),
    call: async () => ({
      method: 'PUT',
      url: `/case-actions/${await newActionA()}`,
      body: { ...actionBody, version: 1, status: 'done', result: 'Gedaan.' },
    }),
  },
  {
    route: 'GET /case-actions',
    expected: { ...caseWorkers(200), otherMember: 200 },
    call: () => get('/case-actions?view=overdue'),
  },
  {
    route: 'GET /risk-signals/{districtCode}',
    expected: own(200),
    call: () => get(`/risk-signals/${fx.districtA.code}`),
  },
  {
    route: 'PUT /risk-signals/{districtCode}',
    expected: districtManagers(200),
    call: () => ({
      method: 'PUT',
      url: `/risk-signals/${fx.districtA.code}`,
      body: { signals: [{ id: 'escalation', nl: 'Het geweld wordt erger', en: 'Getting worse' }] },
    }),
  },
  {
    route: 'GET /case-actions/counts',
    expected: { ...caseWorkers(200), otherMember: 200 },
    call: () => get('/case-actions/counts'),
  },
  {
    route: 'GET /me/action-digest',
    expected: { ...caseWorkers(200), otherMember: 200 },
    call: () => get('/me/action-digest'),
  },
  {
    route: 'PUT /me/action-digest',
    expected: { ...caseWorkers(200), otherMember: 200 },
    call: () => ({ method: 'PUT', url: '/me/action-digest', body: { enabled: true } }),
  },
  {
    route: 'POST /cases/{id}/consent-withdrawal',
    expected: caseWorkers(200),
    call: async () => post(`/cases/${await newCaseA()}/consent-withdrawal`),
  },
  // The partner directory: read by everyone signed in; kept by the organisation's own people,
  // the coordinators of its districts and administrators.
  {
    route: 'GET /directory/search',
    expected: own(200),
    call: () => get('/directory/search?q=stichting'),
  },
  {
    route: 'GET /directory/organisations/{id}',
    expected: own(200),
    call: () => get(`/directory/organisations/${fx.organisationA1}`),
  },
  {
    route: 'PUT /directory/organisations/{id}/profile',
    expected: directoryEditors(200),
    call: () => ({
      method: 'PUT',
      url: `/directory/organisations/${fx.organisationA1}/profile`,
      body: { description: 'Wij helpen.', whatWeDo: 'Luisteren', languages: ['nl'] },
    }),
  },
  {
    route: 'POST /directory/organisations/{id}/verified',
    expected: directoryEditors(200),
    call: () => post(`/directory/organisations/${fx.organisationA1}/verified`),
  },
  {
    route: 'POST /directory/organisations/{id}/services',
    expected: directoryEditors(201),
    call: () => post(`/directory/organisations/${fx.organisationA1}/services`, serviceBody),
  },
  {
    route: 'PUT /directory/services/{id}',
    expected: directoryEditors(200),
    call: () => ({ method: 'PUT', url: `/directory/services/${fx.serviceA1}`, body: serviceBody }),
  },
  {
    route: 'DELETE /directory/services/{id}',
    expected: directoryEditors(204),
    call: async () => ({ method: 'DELETE', url: `/directory/services/${await newServiceA1()}` }),
  },
  {
    route: 'GET /directory/organisations/{id}/history',
    expected: directoryEditors(200),
    call: () => get(`/directory/organisations/${fx.organisationA1}/history`),
  },
  {
    route: 'POST /directory/organisations/{id}/locations',
    expected: directoryEditors(201),
    call: () => post(`/directory/organisations/${fx.organisationA1}/locations`, locationBody),
  },
  {
    // Only the organisation's own people can make an address confidential.
    route: 'POST /directory/organisations/{id}/locations',
    expected: { ...ownEditors(201), admin: 403, coordinator: 403 },
    call: () =>
      post(`/directory/organisations/${fx.organisationA1}/locations`, {
        ...locationBody,
        confidential: true,
      }),
  },
  {
    route: 'PUT /directory/locations/{id}',
    expected: directoryEditors(200),
    call: () => ({
      method: 'PUT',
      url: `/directory/locations/${fx.locationA1}`,
      body: locationBody,
    }),
  },
  {
    route: 'PUT /directory/locations/{id}',
    expected: ownEditors(200),
    call: () => ({
      method: 'PUT',
      url: `/directory/locations/${fx.confidentialLocationA1}`,
      body: { ...locationBody, confidential: true },
    }),
  },
  {
    route: 'DELETE /directory/locations/{id}',
    expected: directoryEditors(204),
    call: async () => ({
      method: 'DELETE',
      url: `/directory/locations/${await newLocationA1(false)}`,
    }),
  },
  {
    route: 'DELETE /directory/locations/{id}',
    expected: ownEditors(204),
    call: async () => ({
      method: 'DELETE',
      url: `/directory/locations/${await newLocationA1(true)}`,
    }),
  },
  {
    route: 'POST /directory/organisations/{id}/contacts',
    expected: directoryEditors(201),
    call: () => post(`/directory/organisations/${fx.organisationA1}/contacts`, contactBody),
  },
  {
    route: 'PUT /directory/contacts/{id}',
    expected: directoryEditors(200),
    call: () => ({ method: 'PUT', url: `/directory/contacts/${fx.contactA1}`, body: contactBody }),
  },
  {
    route: 'DELETE /directory/contacts/{id}',
    expected: directoryEditors(204),
    call: async () => ({ method: 'DELETE', url: `/directory/contacts/${await newContactA1()}` }),
  },
  {
    // A district's who-is-who (to print): everyone signed in, like the entries it lists.
    route: 'GET /directory/who-is-who/{districtCode}',
    expected: own(200),
    call: () => get(`/directory/who-is-who/${fx.districtA.code}`),
  },
  {
    // Exports hold no contacts or confidential locations: everyone signed in.
    route: 'GET /directory/export',
    expected: own(200),
    call: () => get('/directory/export?format=csv'),
  },
  {
    // Those who manage organisations; the other coordinator's answer names the row out of reach.
    route: 'POST /directory/import',
    expected: { ...districtManagers(200), otherCoordinator: 422 },
    async call() {
      const { name } = await ctx.database.db
        .selectFrom('organisations')
        .select('name')
        .where('id', '=', fx.organisationA1)
        .executeTakeFirstOrThrow();
      return post('/directory/import', {
        format: 'csv',
        content: `organisation_name,organisation_description\n${name},Bijgewerkt per import.\n`,
      });
    },
  },

  // The directory's public page, turned on here (SCHAKEL_PUBLIC_DIRECTORY): anyone, signed in
  // or not. Off, both answer 404 (public-directory.test.ts).
  {
    route: 'GET /public/directory/search',
    expected: all(200),
    call: () => get('/public/directory/search?q=stichting'),
  },
  {
    route: 'GET /public/directory/organisations/{id}',
    expected: all(200),
    call: () => get(`/public/directory/organisations/${fx.organisationA1}`),
  },

  // Audit trail and outbox.
  { route: 'GET /audit-entries', expected: adminOnly(200), call: () => get('/audit-entries') },
  {
    route: 'GET /audit-entries/export',
    expected: adminOnly(200),
    call: () => get('/audit-entries/export'),
  },
  { route: 'GET /dev-outbox', expected: adminOnly(200), call: () => get('/dev-outbox') },

  // Last: it ends the personas' sessions.
  {
    route: 'DELETE /session',
    expected: own(204),
    call: () => ({ method: 'DELETE', url: '/session' }),
  },
];

const fakeCredential = {
  id: 'bm9uZQ',
  rawId: 'bm9uZQ',
  type: 'public-key',
  response: { clientDataJSON: 'e30' },
};

beforeAll(async () => {
  ctx = await createTestApp({ clock, publicDirectory: true });
  const districtA = await ctx.newDistrict();
  const districtB = await ctx.newDistrict();
  const organisationA1 = (await ctx.newOrganisation({ districtCodes: [districtA.code] })).id;
  const organisationA2 = (await ctx.newOrganisation({ districtCodes: [districtA.code] })).id;
  const organisationB1 = (await ctx.newOrganisation({ districtCodes: [districtB.code] })).id;
  const groupA = (
    await ctx.newNetworkGroup({ districtCode: districtA.code, organisationIds: [organisationA1] })
  ).id;
  const groupB = (
    await ctx.newNetworkGroup({ districtCode: districtB.code, organisationIds: [organisationB1] })
  ).id;
  const inA1 = { organisationId: organisationA1 };
  const inB1 = { organisationId: organisationB1 };
  const people = {
    admin: await ctx.newUser({ roles: [{ role: 'admin' }] }),
    coordinator: await ctx.newUser({
      ...inA1,
      roles: [{ role: 'coordinator', districtCode: districtA.code }],
    }),
    otherCoordinator: await ctx.newUser({
      ...inB1,
      roles: [{ role: 'coordinator', districtCode: districtB.code }],
    }),
    director: await ctx.newUser({ ...inA1, roles: [{ role: 'director', networkGroupId: groupA }] }),
    member: await ctx.newUser({ ...inA1, roles: [{ role: 'member', networkGroupId: groupA }] }),
    otherMember: await ctx.newUser({
      ...inB1,
      roles: [{ role: 'member', networkGroupId: groupB }],
    }),
    analyst: await ctx.newUser({
      ...inA1,
      roles: [{ role: 'analyst', districtCode: districtA.code }],
    }),
  };
  const account = async () => (await ctx.newUser({ ...inA1, roles: [] })).user.id;
  fx = {
    districtA,
    organisationA1,
    organisationA2,
    groupA,
    accountA: await account(),
    deactivatedA: await account(),
    resetA: await account(),
    candidateA: await account(),
    serviceA1: '',
    locationA1: '',
    confidentialLocationA1: '',
    contactA1: '',
  };
  fx.serviceA1 = await newServiceA1();
  fx.locationA1 = await newLocationA1(false);
  fx.confidentialLocationA1 = await newLocationA1(true);
  fx.contactA1 = await newContactA1();
  actionBody.ownerOrganisationId = organisationA1;
  tabs.anonymous = apiClient(ctx.app);
  for (const [persona, user] of Object.entries(people)) {
    const tab = apiClient(ctx.app);
    expect((await tab.signInFully(user, clock())).statusCode).toBe(200);
    tabs[persona as Persona] = tab;
  }
});
afterAll(() => ctx?.close());

/** Every route of the API as the OpenAPI document lists it: `METHOD /path`. */
async function documentedRoutes(): Promise<string[]> {
  const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  const document = response.json() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map(
      (method) => `${method.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`,
    ),
  );
}

describe('the authorization matrix', () => {
  it('has a row for every route in the API, and no row for a route that is gone', async () => {
    const documented = await documentedRoutes();
    const covered = rows.map((row) => row.route);
    expect(documented.filter((route) => !covered.includes(route)).sort()).toEqual([]);
    expect(covered.filter((route) => !documented.includes(route)).sort()).toEqual([]);
  });

  it('answers every route, for every kind of person, with the status of its row', async () => {
    const mismatches: string[] = [];
    for (const row of rows) {
      for (const persona of personas) {
        const { method, url, body } = await row.call(persona);
        const response = await tabs[persona].request(method, url, body);
        if (response.statusCode !== row.expected[persona]) {
          mismatches.push(
            `${row.route} as ${persona}: ${response.statusCode}, expected ${row.expected[persona]}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
