import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DirectoryLocationWrite,
  DirectoryServiceWrite,
  DirectoryWhoIsWho,
} from '../../../shared/schemas/directory.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';
import { directoryRepository } from './directory.repository.js';

/**
 * The who-is-who overview of a district (GET /directory/who-is-who/{districtCode}): what it
 * lists, in which order, what it never shows, and that showing contacts is audited.
 */
const clock = fakeClock();
let ctx: TestContext;
let admin: ReturnType<typeof apiClient>;
let district: { id: string; code: string; name: string };
let otherDistrict: { id: string; code: string; name: string };
const ids: Record<string, string> = {};

const service = (overrides: object) => ({
  categories: [],
  targetGroups: [],
  accessRoutes: [],
  languages: [],
  ...overrides,
});
const serviceDefaults: DirectoryServiceWrite = {
  name: '',
  description: '',
  categories: [],
  targetGroups: [],
  accessRoutes: [],
  eligibility: '',
  cost: '',
  languages: [],
  schedule: '',
  status: 'active',
  capacity: null,
  districtCodes: [],
};
const shelterAddress: DirectoryLocationWrite = {
  name: 'Opvanghuis',
  streetAddress: 'Geheime Gracht 9',
  postcode: '1101 XX',
  city: 'Amsterdam',
  openingHours: 'Dag en nacht',
  confidential: true,
};
const walkInAddress: DirectoryLocationWrite = {
  name: 'Inloophuis',
  streetAddress: 'Openbaar Plein 3',
  postcode: '1102 YY',
  city: 'Amsterdam',
  openingHours: 'Maandag 9–12 uur',
  confidential: false,
};

async function ok<R extends { statusCode: number; body: string }>(response: R, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response;
}

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  district = await ctx.newDistrict();
  otherDistrict = await ctx.newDistrict();
  const organisation = async (name: string, kind: 'informal' | 'formal', codes: string[]) => {
    ids[name] = (await ctx.newOrganisation({ name, kind, districtCodes: codes })).id;
  };
  // Names chosen so that "by name" and "informal first" give different orders.
  await organisation('Zonnebloem Buurtvaders', 'informal', [district.code, otherDistrict.code]);
  await organisation('Anker Veilig Thuis', 'formal', [district.code, otherDistrict.code]);
  await organisation('Bruggenbouwers', 'informal', [district.code]);
  await organisation('Elders Actief', 'informal', [otherDistrict.code]);
  await organisation('Mobiel Team', 'formal', [otherDistrict.code]);
  await organisation('Gesloten Stichting', 'informal', [district.code]);

  admin = apiClient(ctx.app);
  const user = await ctx.newUser({
    organisationId: ids['Anker Veilig Thuis'],
    roles: [{ role: 'admin' }],
  });
  await ok(await admin.signInFully(user, clock()));
  const put = (path: string, body: object) => admin.request('PUT', path, body).then((r) => ok(r));
  const post = (path: string, body: object) =>
    admin.request('POST', path, body).then((r) => ok(r, 201));

  await put(`/directory/organisations/${ids['Zonnebloem Buurtvaders']}/profile`, {
    whatWeDo: 'Gesprekken met vaders in de buurt.',
    whatWeDoNot: 'Geen hulpverlening met indicatie.',
    phone: '020 000 0101',
    email: 'info@zonnebloem.test.example',
    website: 'https://zonnebloem.test.example',
    languages: ['nl', 'pap'],
  });
  await post(
    `/directory/organisations/${ids['Zonnebloem Buurtvaders']}/services`,
    service({ name: 'Vadergroep', targetGroups: ['men-fathers'], districtCodes: [district.code] }),
  );
  // In the other district only: not in this district's overview.
  await post(
    `/directory/organisations/${ids['Zonnebloem Buurtvaders']}/services`,
    service({ name: 'Vadergroep elders', districtCodes: [otherDistrict.code] }),
  );
  // Names no district: it goes wherever the organisation goes.
  await post(
    `/directory/organisations/${ids['Zonnebloem Buurtvaders']}/services`,
    service({ name: 'Telefonische steun', accessRoutes: ['phone'] }),
  );
  // Stopped: left out.
  await post(
    `/directory/organisations/${ids['Zonnebloem Buurtvaders']}/services`,
    service({ name: 'Oude cursus', status: 'inactive', districtCodes: [district.code] }),
  );
  await post(`/directory/organisations/${ids['Zonnebloem Buurtvaders']}/contacts`, {
    name: 'Fictieve Frank',
    role: 'Ervaringsdeskundige',
    phone: '020 000 0102',
    optedIn: true,
  });

  // An organisation whose whole entry is inactive.
  await put(`/directory/organisations/${ids['Gesloten Stichting']}/profile`, {
    whatWeDo: 'Niets meer.',
    status: 'inactive',
  });
  await post(`/directory/organisations/${ids['Gesloten Stichting']}/contacts`, {
    name: 'Fictieve Gerda',
    role: 'Oud-voorzitter',
    optedIn: true,
  });
  await post(
    `/directory/organisations/${ids['Elders Actief']}/services`,
    service({ name: 'Algemene lijn' }),
  );
  await post(`/directory/organisations/${ids['Anker Veilig Thuis']}/locations`, walkInAddress);
});
afterAll(() => ctx?.close());

const whoIsWho = async (tab: ReturnType<typeof apiClient>, code = district.code) => {
  const response = await ok(await tab.request('GET', `/directory/who-is-who/${code}`));
  return response.json() as DirectoryWhoIsWho;
};
const whoIsWhoReads = async () =>
  ctx.database.db
    .selectFrom('audit_entries')
    .select(['user_id', 'resource_type', 'resource_id', 'district_id'])
    .where('action', '=', 'directory.who-is-who.read')
    .orderBy('seq')
    .execute();

describe("a district's who-is-who", () => {
  it('lists the active organisations serving the district, informal first, then by name', async () => {
    const overview = await whoIsWho(admin);
    expect(overview.district).toEqual(district);
    expect(overview.organisations.map((o) => [o.name, o.kind])).toEqual([
      ['Bruggenbouwers', 'informal'],
      ['Zonnebloem Buurtvaders', 'informal'],
      ['Anker Veilig Thuis', 'formal'],
    ]);
    // The other district has its own list.
    expect((await whoIsWho(admin, otherDistrict.code)).organisations.map((o) => o.name)).toEqual([
      'Elders Actief',
      'Zonnebloem Buurtvaders',
      'Anker Veilig Thuis',
      'Mobiel Team',
    ]);
  });

  it('leaves out an inactive entry, and services that stopped or serve elsewhere', async () => {
    // A service that names a district its organisation does not serve (the API refuses one
    // now; older data, or a district taken off the organisation later): the district's
    // coordinator decides who is listed there, not the service.
    await directoryRepository(ctx.database.db).saveService(
      {
        id: randomUUID(),
        organisationId: ids['Mobiel Team'] as string,
        at: clock().toISOString(),
        isNew: true,
      },
      { ...serviceDefaults, name: 'Spreekuur op locatie' },
      [district.id],
    );
    const overview = await whoIsWho(admin);
    const names = overview.organisations.map((o) => o.name);
    expect(names).not.toContain('Gesloten Stichting');
    expect(names).not.toContain('Mobiel Team');
    expect(names).not.toContain('Elders Actief');
    const servicesIn = (listed: DirectoryWhoIsWho) =>
      Object.fromEntries(
        listed.organisations.map((o) => [o.name, o.services.map((service) => service.name)]),
      );
    expect(servicesIn(overview)).toEqual({
      Bruggenbouwers: [],
      'Zonnebloem Buurtvaders': ['Telefonische steun', 'Vadergroep'],
      'Anker Veilig Thuis': [],
    });
    expect(servicesIn(await whoIsWho(admin, otherDistrict.code))).toEqual({
      'Elders Actief': ['Algemene lijn'],
      'Zonnebloem Buurtvaders': ['Telefonische steun', 'Vadergroep elders'],
      'Anker Veilig Thuis': [],
      'Mobiel Team': [],
    });
    expect(JSON.stringify(overview)).not.toContain('Fictieve Gerda');
  });

  it('gives each its role, how to reach it, its services and warm-line contacts', async () => {
    const overview = await whoIsWho(admin);
    const fathers = overview.organisations.find((o) => o.name === 'Zonnebloem Buurtvaders');
    expect(fathers).toMatchObject({
      id: ids['Zonnebloem Buurtvaders'],
      whatWeDo: 'Gesprekken met vaders in de buurt.',
      whatWeDoNot: 'Geen hulpverlening met indicatie.',
      phone: '020 000 0101',
      email: 'info@zonnebloem.test.example',
      website: 'https://zonnebloem.test.example',
      languages: ['nl', 'pap'],
      locations: [],
      contacts: [{ name: 'Fictieve Frank', role: 'Ervaringsdeskundige', phone: '020 000 0102' }],
    });
    expect(fathers?.services.find((s) => s.name === 'Vadergroep')).toMatchObject({
      targetGroups: ['men-fathers'],
      status: 'active',
      districts: [{ code: district.code, name: district.name }],
    });
    // An organisation without a profile yet is listed with empty words, not left out.
    expect(overview.organisations.find((o) => o.name === 'Bruggenbouwers')).toMatchObject({
      whatWeDo: '',
      whatWeDoNot: '',
      languages: [],
      services: [],
      contacts: [],
    });
  });

  it('never shows a confidential location, not even to the organisation itself', async () => {
    const anker = ids['Anker Veilig Thuis'] as string;
    const group = await ctx.newNetworkGroup({
      districtCode: district.code,
      organisationIds: [anker],
    });
    const member = apiClient(ctx.app);
    await ok(
      await member.signInFully(
        await ctx.newUser({
          organisationId: anker,
          roles: [{ role: 'member', networkGroupId: group.id }],
        }),
        clock(),
      ),
    );
    await ok(
      await member.request('POST', `/directory/organisations/${anker}/locations`, shelterAddress),
      201,
    );
    // The organisation's own member sees the shelter in the entry …
    const entry = (await member.request('GET', `/directory/organisations/${anker}`)).json() as {
      locations: { name: string }[];
    };
    expect(entry.locations.map((l) => l.name)).toEqual(['Inloophuis', 'Opvanghuis']);
    // … but the overview, made to be printed and handed round, never lists it.
    for (const tab of [member, admin]) {
      const overview = await whoIsWho(tab);
      const listed = overview.organisations.find((o) => o.id === anker);
      expect(listed?.locations.map((l) => [l.name, l.confidential])).toEqual([
        ['Inloophuis', false],
      ]);
      expect(JSON.stringify(overview)).not.toContain('Geheime Gracht');
    }
  });

  it('records who saw the warm-line contacts, per organisation, before answering', async () => {
    const before = (await whoIsWhoReads()).length;
    const analyst = apiClient(ctx.app);
    const analystUser = await ctx.newUser({
      roles: [{ role: 'analyst', districtCode: district.code }],
    });
    await ok(await analyst.signInFully(analystUser, clock()));

    await whoIsWho(analyst);
    const reads = (await whoIsWhoReads()).slice(before);
    // Only Zonnebloem Buurtvaders lists contacts in this district.
    expect(reads).toEqual([
      {
        user_id: analystUser.user.id,
        resource_type: 'organisation',
        resource_id: ids['Zonnebloem Buurtvaders'],
        district_id: district.id,
      },
    ]);

    // A district whose organisations list no contacts: nothing personal shown, nothing recorded.
    const quiet = await ctx.newDistrict();
    await ctx.newOrganisation({ name: 'Stille Stichting', districtCodes: [quiet.code] });
    const overview = await whoIsWho(analyst, quiet.code);
    expect(overview.organisations.map((o) => o.name)).toEqual(['Stille Stichting']);
    expect((await whoIsWhoReads()).length).toBe(before + 1);
  });

  it('answers 404 for an unknown district, 400 for a malformed code, 401 when signed out', async () => {
    expect((await admin.request('GET', '/directory/who-is-who/QQQQ')).statusCode).toBe(404);
    const malformed = await admin.request('GET', '/directory/who-is-who/nieuw-west');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(
      (await apiClient(ctx.app).request('GET', `/directory/who-is-who/${district.code}`))
        .statusCode,
    ).toBe(401);
  });

  it('answers an empty list for a district nobody serves', async () => {
    const empty = await ctx.newDistrict();
    expect(await whoIsWho(admin, empty.code)).toEqual({ district: empty, organisations: [] });
  });
});
