import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DirectoryContact,
  DirectoryEntry,
  DirectoryHistoryPage,
  DirectoryLocation,
  DirectorySearchPage,
  DirectoryService,
} from '../../../shared/schemas/directory.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';
import { indexMissingDirectoryEntries } from './directory.service.js';
import { editDistance, similarNames } from './similar-names.js';

const clock = fakeClock();
let ctx: TestContext;
let admin: ReturnType<typeof apiClient>;
const ids: Record<string, string> = {};

const service = (overrides: object) => ({
  categories: [],
  targetGroups: [],
  accessRoutes: [],
  languages: [],
  ...overrides,
});

beforeAll(async () => {
  ctx = await createTestApp({ clock });
  await ctx.newDistrict({ code: 'DNW', name: 'Nieuw-West' });
  await ctx.newDistrict({ code: 'DZO', name: 'Zuidoost' });
  const organisation = async (name: string, kind: 'informal' | 'formal', codes: string[]) => {
    ids[name] = (await ctx.newOrganisation({ name, kind, districtCodes: codes })).id;
  };
  await organisation('Stichting ProFor', 'informal', ['DZO']);
  await organisation('Nisa 4 Nisa', 'informal', ['DNW']);
  await organisation('Blijf Groep', 'formal', ['DNW', 'DZO']);
  await organisation('Opvang Oost', 'formal', ['DNW']);
  await organisation('Buurthuis De Kring', 'informal', ['DNW']);

  admin = apiClient(ctx.app);
  const user = await ctx.newUser({
    organisationId: ids['Blijf Groep'],
    roles: [{ role: 'admin' }],
  });
  expect((await admin.signInFully(user, clock())).statusCode).toBe(200);

  const profile = async (name: string, body: object) =>
    expect(
      (await admin.request('PUT', `/directory/organisations/${ids[name]}/profile`, body))
        .statusCode,
    ).toBe(200);
  const add = async (name: string, body: object) =>
    expect(
      (await admin.request('POST', `/directory/organisations/${ids[name]}/services`, body))
        .statusCode,
    ).toBe(201);

  await profile('Stichting ProFor', {
    description: 'Een stichting voor gezinnen in de wijk.',
    whatWeDo: 'Gesprekken met vaders; doorverwijzen.',
    whatWeDoNot: 'Geen opvang, geen hulpverlening.',
    languages: ['nl', 'pap'],
  });
  await add(
    'Stichting ProFor',
    service({
      name: 'Vadergroep',
      description: 'Elke donderdag.',
      categories: ['support-group'],
      targetGroups: ['men-fathers'],
      accessRoutes: ['walk-in'],
      languages: ['nl', 'pap'],
    }),
  );
  await profile('Nisa 4 Nisa', {
    description: 'Vrouwen helpen vrouwen, in het Café van het buurthuis.',
    languages: ['nl', 'ar'],
  });
  await add(
    'Nisa 4 Nisa',
    service({
      name: 'Vrouwengroep',
      categories: ['support-group', 'awareness-dialogue'],
      targetGroups: ['women'],
      accessRoutes: ['referral'],
      languages: ['ar'],
    }),
  );
  await add(
    'Blijf Groep',
    service({
      name: 'Crisisopvang',
      description: 'Opvang voor vrouwen en kinderen.',
      categories: ['shelter'],
      targetGroups: ['women', 'children-youth'],
      accessRoutes: ['phone'],
      districtCodes: ['DZO'],
    }),
  );
  await add(
    'Opvang Oost',
    service({
      name: 'Opvang',
      categories: ['shelter'],
      targetGroups: ['parents'],
      accessRoutes: ['phone'],
    }),
  );
});
afterAll(() => ctx?.close());

const search = async (query: string) => {
  const response = await admin.request('GET', `/directory/search${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as DirectorySearchPage;
};
const names = async (query: string) => (await search(query)).items.map((item) => item.name);
/** For hits of equal standing, whose order the two engines may rank differently. */
const sortedNames = async (query: string) => (await names(query)).sort();

describe('searching the directory', () => {
  it('lists every organisation by name without a query', async () => {
    const page = await search('?pageSize=2');
    expect(page.match).toBe('all');
    expect(page.total).toBe(5);
    expect(page.items.map((item) => item.name)).toEqual(['Blijf Groep', 'Buurthuis De Kring']);
    expect((await search('?pageSize=2&page=3')).items.map((item) => item.name)).toEqual([
      'Stichting ProFor',
    ]);
  });

  it('finds in Dutch and in English, by target group, service and district', async () => {
    expect(await names('?q=vaders%20Zuidoost')).toEqual(['Stichting ProFor']);
    expect(await names('?q=fathers')).toEqual(['Stichting ProFor']);
    expect(await sortedNames('?q=steungroep')).toEqual(['Nisa 4 Nisa', 'Stichting ProFor']);
    expect(await sortedNames('?q=support%20group')).toEqual(['Nisa 4 Nisa', 'Stichting ProFor']);
    expect(await names('?q=vadergr')).toEqual(['Stichting ProFor']);
    expect((await search('?q=vaders')).match).toBe('full-text');
  });

  it('finds while someone types, at every letter', async () => {
    // "op" is a Dutch stop word, and the Dutch stemmer makes "zuidoos" a stem that
    // "zuidoost" does not begin with: neither may lose the hits of the letters before.
    for (const [word, expected] of [
      ['opvang', 'Opvang Oost'],
      ['zuidoost', 'Stichting ProFor'],
    ] as const) {
      for (let letters = 1; letters <= word.length; letters++) {
        const page = await search(`?q=${word.slice(0, letters)}`);
        expect(page.match, word.slice(0, letters)).toBe('full-text');
        expect(
          page.items.map((item) => item.name),
          word.slice(0, letters),
        ).toContain(expected);
      }
    }
  });

  it('ignores diacritics and case', async () => {
    expect(await names('?q=cafe')).toEqual(['Nisa 4 Nisa']);
    expect(await names('?q=CAFÉ')).toEqual(['Nisa 4 Nisa']);
  });

  it('ranks a match in the name above one in the rest of the entry', async () => {
    const found = await names('?q=opvang');
    expect(found[0]).toBe('Opvang Oost');
    expect(found).toContain('Blijf Groep');
    // What an organisation does not do does not find it.
    expect(found).not.toContain('Stichting ProFor');
  });

  it('filters by district, kind, category, target group, language and access route', async () => {
    expect(await names('?district=DZO')).toEqual(['Blijf Groep', 'Stichting ProFor']);
    expect(await names('?kind=formal')).toEqual(['Blijf Groep', 'Opvang Oost']);
    expect(await names('?category=shelter')).toEqual(['Blijf Groep', 'Opvang Oost']);
    expect(await names('?targetGroup=women')).toEqual(['Blijf Groep', 'Nisa 4 Nisa']);
    expect(await names('?language=pap')).toEqual(['Stichting ProFor']);
    expect(await names('?language=ar')).toEqual(['Nisa 4 Nisa']);
    expect(await names('?access=phone')).toEqual(['Blijf Groep', 'Opvang Oost']);
    expect(await names('?access=referral&targetGroup=women')).toEqual(['Nisa 4 Nisa']);
    expect(await names('?q=opvang&district=DZO')).toEqual(['Blijf Groep']);
    expect(await names('?q=opvang&kind=informal')).toEqual([]);
  });

  it('takes any text as a query: operators, quotes and stop words are only words', async () => {
    expect(await names('?q=%22vaders%22%20AND%20(NEAR%20*')).toEqual([]);
    expect((await search('?q=%26%7C!%3A*')).match).toBe('all');
    expect((await search('?q=het%20de')).items).toBeDefined();
  });

  it('refuses an unknown filter value', async () => {
    expect((await admin.request('GET', '/directory/search?category=koken')).statusCode).toBe(400);
  });

  it('finds an organisation by a name with a typo when the words find nothing', async () => {
    const page = await search('?q=Nisaa');
    expect(page.match).toBe('similar-name');
    expect(page.items.map((item) => item.name)).toEqual(['Nisa 4 Nisa']);
    expect(await names('?q=Porfor')).toEqual(['Stichting ProFor']);
    expect(await names('?q=blijv%20groep')).toEqual(['Blijf Groep']);
    expect(await names('?q=Blijf%20Groep&kind=informal')).toEqual([]);
    expect(await names('?q=xyzzy')).toEqual([]);
  });

  it('finds an organisation renamed elsewhere by its new name', async () => {
    const renamed = await admin.request('PUT', `/organisations/${ids['Buurthuis De Kring']}`, {
      name: 'Buurthuis De Cirkel',
      kind: 'informal',
      districtCodes: ['DNW'],
    });
    expect(renamed.statusCode).toBe(200);
    expect(await names('?q=cirkel')).toEqual(['Buurthuis De Cirkel']);
    expect(await names('?q=kring')).not.toContain('Buurthuis De Cirkel');
  });

  it('still finds an organisation that stopped, marked inactive', async () => {
    const stopped = await ctx.newOrganisation({
      name: 'Stichting Gestopt',
      districtCodes: ['DNW'],
    });
    const profile = await admin.request('PUT', `/directory/organisations/${stopped.id}/profile`, {
      status: 'inactive',
    });
    expect(profile.statusCode).toBe(200);
    const hit = (await search('?q=gestopt')).items[0];
    expect(hit).toMatchObject({ name: 'Stichting Gestopt', status: 'inactive' });
    expect((await search('?q=nisa')).items[0]?.status).toBe('active');
  });

  it('drops a district from the services when the organisation stops serving it', async () => {
    const mover = await ctx.newOrganisation({
      name: 'Stichting Verhuist',
      districtCodes: ['DNW', 'DZO'],
    });
    const added = await admin.request(
      'POST',
      `/directory/organisations/${mover.id}/services`,
      service({ name: 'Spreekuur', districtCodes: ['DNW', 'DZO'] }),
    );
    expect(added.statusCode).toBe(201);
    expect(await names('?q=verhuist&district=DZO')).toEqual(['Stichting Verhuist']);

    const moved = await admin.request('PUT', `/organisations/${mover.id}`, {
      name: 'Stichting Verhuist',
      kind: 'informal',
      districtCodes: ['DNW'],
    });
    expect(moved.statusCode).toBe(200);
    const entry = (
      await admin.request('GET', `/directory/organisations/${mover.id}`)
    ).json() as DirectoryEntry;
    expect(entry.services[0]?.districts.map((district) => district.code)).toEqual(['DNW']);
    expect(await names('?q=verhuist&district=DZO')).toEqual([]);
  });

  it('indexes, at start-up, organisations that were there before the directory', async () => {
    const older = await ctx.newOrganisation({
      name: 'Stichting Oudgediende',
      districtCodes: ['DNW'],
    });
    // As in a database from before this module: the organisation without a search document.
    await ctx.database.db
      .deleteFrom('directory_search')
      .where('organisation_id', '=', older.id)
      .execute();
    // The search reads the documents alone: without one it is not found.
    expect(await search('?q=oudgediende')).toMatchObject({ total: 0, items: [] });
    await indexMissingDirectoryEntries(ctx.database.db);
    expect(await search('?q=oudgediende')).toMatchObject({
      match: 'full-text',
      items: [{ name: 'Stichting Oudgediende' }],
    });
  });
});

describe('similar names', () => {
  it('counts a swap of two neighbours as one typo', () => {
    expect(editDistance('porfor', 'profor')).toBe(1);
    expect(editDistance('nisaa', 'nisa')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('allows no typo in short words, one up to seven letters, two beyond', () => {
    const names = ['de brug', 'stichting profor', 'jeugdbescherming'];
    expect(similarNames(['de'], names, (n) => n)).toEqual(['de brug']);
    expect(similarNames(['dx'], names, (n) => n)).toEqual([]);
    expect(similarNames(['jeugdbeschreming'], names, (n) => n)).toEqual(['jeugdbescherming']);
    expect(similarNames(['jugdbschreming'], names, (n) => n)).toEqual([]);
  });
});

describe('keeping an entry', () => {
  let people: Record<
    'member' | 'otherMember' | 'coordinator' | 'otherCoordinator' | 'analyst',
    ReturnType<typeof apiClient>
  >;
  beforeAll(async () => {
    const nisa = ids['Nisa 4 Nisa'] as string;
    const profor = ids['Stichting ProFor'] as string;
    const group = await ctx.newNetworkGroup({ districtCode: 'DNW', organisationIds: [nisa] });
    const groupZo = await ctx.newNetworkGroup({ districtCode: 'DZO', organisationIds: [profor] });
    const signedIn = async (user: Awaited<ReturnType<TestContext['newUser']>>) => {
      const tab = apiClient(ctx.app);
      expect((await tab.signInFully(user, clock())).statusCode).toBe(200);
      return tab;
    };
    people = {
      member: await signedIn(
        await ctx.newUser({
          organisationId: nisa,
          roles: [{ role: 'member', networkGroupId: group.id }],
        }),
      ),
      otherMember: await signedIn(
        await ctx.newUser({
          organisationId: profor,
          roles: [{ role: 'member', networkGroupId: groupZo.id }],
        }),
      ),
      coordinator: await signedIn(
        await ctx.newUser({ roles: [{ role: 'coordinator', districtCode: 'DNW' }] }),
      ),
      otherCoordinator: await signedIn(
        await ctx.newUser({ roles: [{ role: 'coordinator', districtCode: 'DZO' }] }),
      ),
      analyst: await signedIn(
        await ctx.newUser({ roles: [{ role: 'analyst', districtCode: 'DNW' }] }),
      ),
    };
  });

  const putProfile = (tab: ReturnType<typeof apiClient>, description: string) =>
    tab.request('PUT', `/directory/organisations/${ids['Nisa 4 Nisa']}/profile`, {
      description,
      languages: ['nl', 'ar'],
    });
  const auditActions = async (resourceId: string) =>
    (
      await ctx.database.db
        .selectFrom('audit_entries')
        .select(['action', 'user_id'])
        .where('resource_id', '=', resourceId)
        .orderBy('seq')
        .execute()
    ).map((row) => row.action);

  it("lets the organisation's own member and its district's coordinator edit it", async () => {
    expect((await putProfile(people.member, 'Door een lid bijgewerkt.')).statusCode).toBe(200);
    expect((await putProfile(people.coordinator, 'Door de coördinator.')).statusCode).toBe(200);
    const entry = (
      await people.analyst.request('GET', `/directory/organisations/${ids['Nisa 4 Nisa']}`)
    ).json() as DirectoryEntry;
    expect(entry.profile.description).toBe('Door de coördinator.');
    expect(entry.services.map((s) => s.name)).toEqual(['Vrouwengroep']);
    // The search sees the change at once.
    expect(await names('?q=coordinator')).toEqual(['Nisa 4 Nisa']);
  });

  it('answers 404 to another organisation and another district, 403 to an analyst', async () => {
    expect((await putProfile(people.otherMember, 'x')).statusCode).toBe(404);
    expect((await putProfile(people.otherCoordinator, 'x')).statusCode).toBe(404);
    expect((await putProfile(people.analyst, 'x')).statusCode).toBe(403);
    const unknown = await admin.request(
      'PUT',
      '/directory/organisations/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/profile',
      { description: 'x' },
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('validates the profile and the service', async () => {
    const nisa = ids['Nisa 4 Nisa'];
    expect((await putProfile(people.member, 'x'.repeat(5000))).statusCode).toBe(400);
    const badEmail = await people.member.request(
      'PUT',
      `/directory/organisations/${nisa}/profile`,
      {
        email: 'geen-adres',
      },
    );
    expect(badEmail.statusCode).toBe(400);
    const badCategory = await people.member.request(
      'POST',
      `/directory/organisations/${nisa}/services`,
      service({ name: 'Koken', categories: ['koken'] }),
    );
    expect(badCategory.statusCode).toBe(400);
    const unknownDistrict = await people.member.request(
      'POST',
      `/directory/organisations/${nisa}/services`,
      service({ name: 'Koken', districtCodes: ['QQQ'] }),
    );
    expect(unknownDistrict.statusCode).toBe(422);
    // Nisa 4 Nisa serves Nieuw-West only: no service of it in Zuidoost.
    const elsewhere = await people.member.request(
      'POST',
      `/directory/organisations/${nisa}/services`,
      service({ name: 'Koken', districtCodes: ['DNW', 'DZO'] }),
    );
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json()).toMatchObject({
      errors: [{ path: 'districtCodes', message: 'not served by this organisation: DZO' }],
    });
  });

  it('adds, changes and removes a service, audited, and the search follows', async () => {
    const nisa = ids['Nisa 4 Nisa'] as string;
    const created = await people.member.request(
      'POST',
      `/directory/organisations/${nisa}/services`,
      service({ name: 'Schuldenspreekuur', categories: ['debt-help'], capacity: 12 }),
    );
    expect(created.statusCode).toBe(201);
    const added = created.json() as DirectoryService;
    expect(added).toMatchObject({ organisationId: nisa, capacity: 12, status: 'active' });
    expect(await names('?q=debt%20help')).toEqual(['Nisa 4 Nisa']);

    expect(
      (
        await people.otherMember.request(
          'PUT',
          `/directory/services/${added.id}`,
          service({ name: 'x' }),
        )
      ).statusCode,
    ).toBe(404);
    const changed = await people.coordinator.request(
      'PUT',
      `/directory/services/${added.id}`,
      service({ name: 'Juridisch spreekuur', categories: ['legal-aid'], districtCodes: ['DNW'] }),
    );
    expect(changed.statusCode).toBe(200);
    expect((changed.json() as DirectoryService).districts.map((d) => d.code)).toEqual(['DNW']);
    expect(await names('?q=debt%20help')).toEqual([]);
    expect(await names('?q=legal%20aid')).toEqual(['Nisa 4 Nisa']);

    expect(
      (await people.analyst.request('DELETE', `/directory/services/${added.id}`)).statusCode,
    ).toBe(403);
    expect(
      (await people.member.request('DELETE', `/directory/services/${added.id}`)).statusCode,
    ).toBe(204);
    expect(
      (await people.member.request('DELETE', `/directory/services/${added.id}`)).statusCode,
    ).toBe(404);
    expect(await names('?q=legal%20aid')).toEqual([]);

    // Every change is recorded on the organisation, so that its history finds them all.
    expect(
      (await auditActions(nisa)).filter((a) => a.startsWith('directory.service')).slice(-3),
    ).toEqual(['directory.service.create', 'directory.service.update', 'directory.service.delete']);
    expect(await auditActions(nisa)).toContain('directory.profile.update');
  });

  it('marks the entry as verified now, audited', async () => {
    const nisa = ids['Nisa 4 Nisa'] as string;
    clock.advance(10);
    const response = await people.member.request(
      'POST',
      `/directory/organisations/${nisa}/verified`,
    );
    expect(response.statusCode).toBe(200);
    expect((response.json() as { lastVerifiedAt: string }).lastVerifiedAt).toBe(
      clock().toISOString(),
    );
    expect((await search('?q=nisa')).items[0]?.lastVerifiedAt).toBe(clock().toISOString());
    expect(await auditActions(nisa)).toContain('directory.verify');
  });
});

describe('locations, warm-line contacts and history', () => {
  type Tab = ReturnType<typeof apiClient>;
  let people: Record<
    'director' | 'member' | 'otherMember' | 'coordinator' | 'otherCoordinator' | 'analyst',
    Tab
  >;
  let memberId: string;
  let coordinatorId: string;
  const org = () => ids['Opvang Oost'] as string;
  const shelter = {
    name: 'Opvanghuis',
    streetAddress: 'Geheimstraat 7',
    postcode: '1066 AB',
    city: 'Amsterdam',
    openingHours: 'Dag en nacht',
    confidential: true,
  };
  const office = {
    name: 'Kantoor',
    streetAddress: 'Openbare Weg 1',
    postcode: '1067 CD',
    city: 'Amsterdam',
  };
  const contact = {
    name: 'Fictieve Fatima',
    role: 'Aandachtsfunctionaris',
    phone: '020 123 4567',
    email: 'fatima@opvang-oost.example',
    optedIn: true,
  };

  beforeAll(async () => {
    const group = await ctx.newNetworkGroup({ districtCode: 'DNW', organisationIds: [org()] });
    const groupZo = await ctx.newNetworkGroup({
      districtCode: 'DZO',
      organisationIds: [ids['Stichting ProFor'] as string],
    });
    const signedIn = async (user: Awaited<ReturnType<TestContext['newUser']>>) => {
      const tab = apiClient(ctx.app);
      expect((await tab.signInFully(user, clock())).statusCode).toBe(200);
      return tab;
    };
    const member = await ctx.newUser({
      organisationId: org(),
      roles: [{ role: 'member', networkGroupId: group.id }],
    });
    memberId = member.user.id;
    const coordinator = await ctx.newUser({
      roles: [{ role: 'coordinator', districtCode: 'DNW' }],
    });
    coordinatorId = coordinator.user.id;
    people = {
      director: await signedIn(
        await ctx.newUser({
          organisationId: org(),
          roles: [{ role: 'director', networkGroupId: group.id }],
        }),
      ),
      member: await signedIn(member),
      otherMember: await signedIn(
        await ctx.newUser({
          organisationId: ids['Stichting ProFor'] as string,
          roles: [{ role: 'member', networkGroupId: groupZo.id }],
        }),
      ),
      coordinator: await signedIn(coordinator),
      otherCoordinator: await signedIn(
        await ctx.newUser({ roles: [{ role: 'coordinator', districtCode: 'DZO' }] }),
      ),
      analyst: await signedIn(
        await ctx.newUser({ roles: [{ role: 'analyst', districtCode: 'DNW' }] }),
      ),
    };
  });

  const entryFor = async (tab: Tab) => {
    const response = await tab.request('GET', `/directory/organisations/${org()}`);
    expect(response.statusCode).toBe(200);
    return response.json() as DirectoryEntry;
  };
  const locationNames = async (tab: Tab) =>
    (await entryFor(tab)).locations.map((location) => location.name);
  const entryReads = async () =>
    (
      await ctx.database.db
        .selectFrom('audit_entries')
        .select('seq')
        .where('action', '=', 'directory.entry.read')
        .where('resource_id', '=', org())
        .execute()
    ).length;

  it("shows a confidential location to the organisation's own editors only", async () => {
    const created = await people.member.request(
      'POST',
      `/directory/organisations/${org()}/locations`,
      shelter,
    );
    expect(created.statusCode).toBe(201);
    const location = created.json() as DirectoryLocation;
    expect(location).toMatchObject({ organisationId: org(), confidential: true });
    const publicOne = await people.coordinator.request(
      'POST',
      `/directory/organisations/${org()}/locations`,
      office,
    );
    expect(publicOne.statusCode).toBe(201);
    expect(publicOne.json()).toMatchObject({ confidential: false, openingHours: '' });

    expect(await locationNames(people.member)).toEqual(['Kantoor', 'Opvanghuis']);
    expect(await locationNames(people.director)).toEqual(['Kantoor', 'Opvanghuis']);
    for (const tab of [
      admin,
      people.coordinator,
      people.otherCoordinator,
      people.otherMember,
      people.analyst,
    ]) {
      const entry = await entryFor(tab);
      expect(entry.locations.map((l) => l.name)).toEqual(['Kantoor']);
      expect(JSON.stringify(entry)).not.toContain('Geheimstraat');
    }
    // Nor in a search, by anyone.
    for (const q of ['Geheimstraat', 'Opvanghuis', 'opvang']) {
      const response = await people.member.request('GET', `/directory/search?q=${q}`);
      expect(JSON.stringify(response.json())).not.toContain('Geheimstraat');
    }
    expect(await names('?q=Geheimstraat')).toEqual([]);
  });

  it('lets only the own editors change or remove a confidential location', async () => {
    const mine = (await entryFor(people.member)).locations;
    const secret = mine.find((l) => l.confidential) as DirectoryLocation;
    const open = mine.find((l) => !l.confidential) as DirectoryLocation;
    const change = { ...shelter, openingHours: 'Altijd' };
    for (const tab of [admin, people.coordinator, people.otherMember, people.otherCoordinator]) {
      expect(
        (await tab.request('PUT', `/directory/locations/${secret.id}`, change)).statusCode,
      ).toBe(404);
      expect((await tab.request('DELETE', `/directory/locations/${secret.id}`)).statusCode).toBe(
        404,
      );
    }
    expect(
      (await people.analyst.request('PUT', `/directory/locations/${secret.id}`, change)).statusCode,
    ).toBe(403);
    // Nor may they make an address confidential, which would hide it from themselves.
    expect(
      (
        await people.coordinator.request('PUT', `/directory/locations/${open.id}`, {
          ...office,
          confidential: true,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await admin.request('POST', `/directory/organisations/${org()}/locations`, shelter))
        .statusCode,
    ).toBe(403);
    // A public location: those who keep the entry.
    const renamed = await people.coordinator.request('PUT', `/directory/locations/${open.id}`, {
      ...office,
      name: 'Hoofdkantoor',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Hoofdkantoor' });
    expect(
      (await people.otherMember.request('PUT', `/directory/locations/${open.id}`, office))
        .statusCode,
    ).toBe(404);

    const changed = await people.director.request(
      'PUT',
      `/directory/locations/${secret.id}`,
      change,
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ openingHours: 'Altijd', confidential: true });
    expect(
      (await people.member.request('DELETE', `/directory/locations/${secret.id}`)).statusCode,
    ).toBe(204);
    expect(
      (await people.member.request('DELETE', `/directory/locations/${secret.id}`)).statusCode,
    ).toBe(404);
    expect(await locationNames(people.member)).toEqual(['Hoofdkantoor']);
  });

  it('keeps warm-line contacts, and reading them is audited', async () => {
    const readsBefore = await entryReads();
    await entryFor(people.analyst);
    expect(await entryReads()).toBe(readsBefore);

    expect(
      (
        await people.member.request('POST', `/directory/organisations/${org()}/contacts`, {
          ...contact,
          optedIn: false,
        })
      ).statusCode,
    ).toBe(400);
    const { optedIn: _, ...withoutConsent } = contact;
    expect(
      (
        await people.member.request(
          'POST',
          `/directory/organisations/${org()}/contacts`,
          withoutConsent,
        )
      ).statusCode,
    ).toBe(400);
    clock.advance(5);
    const created = await people.member.request(
      'POST',
      `/directory/organisations/${org()}/contacts`,
      contact,
    );
    expect(created.statusCode).toBe(201);
    const added = created.json() as DirectoryContact;
    expect(added).toMatchObject({
      name: 'Fictieve Fatima',
      role: 'Aandachtsfunctionaris',
      optedInAt: clock().toISOString(),
    });
    expect(
      (await people.analyst.request('POST', `/directory/organisations/${org()}/contacts`, contact))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await people.otherCoordinator.request(
          'POST',
          `/directory/organisations/${org()}/contacts`,
          contact,
        )
      ).statusCode,
    ).toBe(404);

    const entry = await entryFor(people.analyst);
    expect(entry.contacts.map((c) => c.name)).toEqual(['Fictieve Fatima']);
    expect(await entryReads()).toBe(readsBefore + 1);

    clock.advance(5);
    const changed = await people.coordinator.request('PUT', `/directory/contacts/${added.id}`, {
      ...contact,
      phone: '020 765 4321',
    });
    expect(changed.statusCode).toBe(200);
    // The moment of consent stays.
    expect(changed.json()).toMatchObject({ phone: '020 765 4321', optedInAt: added.optedInAt });
    expect(
      (await people.otherMember.request('DELETE', `/directory/contacts/${added.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await people.member.request('DELETE', `/directory/contacts/${added.id}`)).statusCode,
    ).toBe(204);
    expect(
      (await people.member.request('PUT', `/directory/contacts/${added.id}`, contact)).statusCode,
    ).toBe(404);
    expect((await entryFor(people.analyst)).contacts).toEqual([]);
  });

  it('lists who changed the entry and when, to those who keep it', async () => {
    const response = await people.member.request(
      'GET',
      `/directory/organisations/${org()}/history?pageSize=100`,
    );
    expect(response.statusCode).toBe(200);
    const history = response.json() as DirectoryHistoryPage;
    const actions = history.items.map((item) => item.action);
    // Newest first; reads are not changes.
    expect(actions).toEqual([
      'directory.contact.delete',
      'directory.contact.update',
      'directory.contact.create',
      'directory.location.delete',
      'directory.location.update',
      'directory.location.update',
      'directory.location.create',
      'directory.location.create',
      'directory.service.create',
    ]);
    expect(actions).not.toContain('directory.entry.read');
    expect(history.items[0]).toMatchObject({
      user: { id: memberId },
      organisation: { id: org() },
    });
    expect(history.items[1]?.user?.id).toBe(coordinatorId);
    expect(history.items[1]?.user?.name).toMatch(/Testgebruiker/);
    expect(history.items[2]?.at).toBe(
      new Date(new Date(history.items[1]?.at as string).getTime() - 5 * 60_000).toISOString(),
    );
    expect(Object.keys(history.items[0] ?? {}).sort()).toEqual([
      'action',
      'at',
      'organisation',
      'user',
    ]);

    for (const tab of [admin, people.coordinator, people.director]) {
      expect(
        (await tab.request('GET', `/directory/organisations/${org()}/history`)).statusCode,
      ).toBe(200);
    }
    for (const tab of [people.otherMember, people.otherCoordinator]) {
      expect(
        (await tab.request('GET', `/directory/organisations/${org()}/history`)).statusCode,
      ).toBe(404);
    }
    expect(
      (await people.analyst.request('GET', `/directory/organisations/${org()}/history`)).statusCode,
    ).toBe(403);
  });
});
