import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  PublicDirectoryEntry,
  PublicDirectorySearchPage,
} from '../../../shared/schemas/public-directory.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';
import { directoryRepository } from './directory.repository.js';

/**
 * The public page of the directory: anonymous residents read public fields of active entries,
 * when the installation turned the page on — and nothing at all when it did not.
 */

const clock = fakeClock();
let ctx: TestContext;
/** A resident: no session. */
let resident: ReturnType<typeof apiClient>;
let admin: ReturnType<typeof apiClient>;
const ids: Record<string, string> = {};

/** What must never reach a resident: the warm-line contact and the shelter's address. */
const secrets = {
  contactName: 'Fictieve Fenna Geheimhouder',
  contactPhone: '020 000 0999',
  contactEmail: 'fenna.geheim@test.schakel.example',
  shelterName: 'Verborgen Opvanghuis',
  shelterStreet: 'Schuilstraat 77',
  shelterPostcode: '1099 XX',
};

const service = (overrides: object) => ({
  categories: [],
  targetGroups: [],
  accessRoutes: [],
  languages: [],
  ...overrides,
});

beforeAll(async () => {
  ctx = await createTestApp({ clock, publicDirectory: true });
  await ctx.newDistrict({ code: 'PNW', name: 'Nieuw-West' });
  await ctx.newDistrict({ code: 'PZO', name: 'Zuidoost' });
  const organisation = async (name: string, kind: 'informal' | 'formal', codes: string[]) => {
    ids[name] = (await ctx.newOrganisation({ name, kind, districtCodes: codes })).id;
  };
  await organisation('Stichting Vaderhuis', 'informal', ['PZO']);
  await organisation('Vrouwenhuis West', 'informal', ['PNW']);
  await organisation('Opvang Amstel', 'formal', ['PNW', 'PZO']);
  await organisation('Stichting Gesloten', 'informal', ['PNW']);

  admin = apiClient(ctx.app);
  const user = await ctx.newUser({
    organisationId: ids['Opvang Amstel'],
    roles: [{ role: 'admin' }],
  });
  expect((await admin.signInFully(user, clock())).statusCode).toBe(200);
  resident = apiClient(ctx.app);

  const expectStatus = async (status: number, method: 'PUT' | 'POST', url: string, body: object) =>
    expect((await admin.request(method, url, body)).statusCode).toBe(status);
  const profile = (name: string, body: object) =>
    expectStatus(200, 'PUT', `/directory/organisations/${ids[name]}/profile`, body);
  const addService = (name: string, body: object) =>
    expectStatus(201, 'POST', `/directory/organisations/${ids[name]}/services`, body);

  await profile('Stichting Vaderhuis', {
    description: 'Een stichting voor vaders in de wijk.',
    website: 'https://vaderhuis.test.example',
    email: 'info@vaderhuis.test.example',
    phone: '020 000 0100',
    whatWeDo: 'Gesprekken met vaders over opvoeden zonder geweld.',
    whatWeDoNot: 'Geen opvang en geen meldingen namens iemand.',
    languages: ['nl', 'pap'],
  });
  await addService(
    'Stichting Vaderhuis',
    service({
      name: 'Vadergroep',
      description: 'Elke donderdagavond.',
      categories: ['support-group'],
      targetGroups: ['men-fathers'],
      accessRoutes: ['walk-in'],
      languages: ['nl', 'pap'],
      eligibility: 'Voor vaders uit Zuidoost.',
      cost: 'Gratis',
      schedule: 'Donderdag 19.00–21.00 uur',
      capacity: 12,
      districtCodes: ['PZO'],
    }),
  );
  await addService(
    'Stichting Vaderhuis',
    service({ name: 'Oude zwemgroep', categories: ['training'], status: 'inactive' }),
  );
  await expectStatus(
    201,
    'POST',
    `/directory/organisations/${ids['Stichting Vaderhuis']}/locations`,
    {
      name: 'Inloophuis',
      streetAddress: 'Openbare Laan 5',
      postcode: '1102 AA',
      city: 'Amsterdam',
      openingHours: 'Donderdag vanaf 18.30 uur',
    },
  );
  await expectStatus(
    201,
    'POST',
    `/directory/organisations/${ids['Stichting Vaderhuis']}/contacts`,
    {
      name: secrets.contactName,
      role: 'Ervaringsdeskundige',
      phone: secrets.contactPhone,
      email: secrets.contactEmail,
      optedIn: true,
    },
  );
  // Only the organisation's own people can keep a confidential address; made without the API.
  await directoryRepository(ctx.database.db).saveLocation(
    {
      id: randomUUID(),
      organisationId: ids['Stichting Vaderhuis'] as string,
      at: clock().toISOString(),
      isNew: true,
    },
    {
      name: secrets.shelterName,
      streetAddress: secrets.shelterStreet,
      postcode: secrets.shelterPostcode,
      city: 'Amsterdam',
      openingHours: '',
      confidential: true,
    },
  );
  await expectStatus(
    200,
    'POST',
    `/directory/organisations/${ids['Stichting Vaderhuis']}/verified`,
    {},
  );

  await profile('Vrouwenhuis West', {
    description: 'Vrouwen helpen vrouwen.',
    languages: ['nl', 'ar'],
  });
  await addService(
    'Vrouwenhuis West',
    service({
      name: 'Vrouwengroep',
      categories: ['support-group'],
      targetGroups: ['women'],
      accessRoutes: ['referral'],
      languages: ['ar'],
    }),
  );
  await addService(
    'Opvang Amstel',
    service({
      name: 'Crisisopvang',
      description: 'Opvang voor vrouwen en kinderen.',
      categories: ['shelter'],
      targetGroups: ['women', 'children-youth'],
      accessRoutes: ['phone'],
    }),
  );
  await profile('Stichting Gesloten', {
    description: 'Een stichting die gestopt is met vaders en vrouwengroepen.',
    whatWeDo: 'Niets meer.',
    status: 'inactive',
  });
  await addService(
    'Stichting Gesloten',
    service({
      name: 'Vadergroep Gesloten',
      categories: ['support-group'],
      accessRoutes: ['walk-in'],
    }),
  );
});
afterAll(() => ctx?.close());

const search = async (query: string) => {
  const response = await resident.request('GET', `/public/directory/search${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as PublicDirectorySearchPage;
};
const names = async (query: string) => (await search(query)).items.map((item) => item.name);
const entryOf = async (name: string) => {
  const response = await resident.request('GET', `/public/directory/organisations/${ids[name]}`);
  expect(response.statusCode).toBe(200);
  return response.json() as PublicDirectoryEntry;
};

describe('the public directory, turned on', () => {
  it('lets a resident search without signing in, and shows only public fields', async () => {
    const page = await search('?q=vaders');
    expect(page.match).toBe('full-text');
    expect(page.items.map((item) => item.name)).toEqual(['Stichting Vaderhuis']);
    expect(page.items[0]).toEqual({
      id: ids['Stichting Vaderhuis'],
      name: 'Stichting Vaderhuis',
      kind: 'informal',
      description: 'Een stichting voor vaders in de wijk.',
      whatWeDo: 'Gesprekken met vaders over opvoeden zonder geweld.',
    });
  });

  it('lists the active organisations by name and pages through them', async () => {
    expect(await names('')).toEqual(['Opvang Amstel', 'Stichting Vaderhuis', 'Vrouwenhuis West']);
    const second = await search('?pageSize=2&page=2');
    expect(second).toMatchObject({ page: 2, pageSize: 2, total: 3, match: 'all' });
    expect(second.items.map((item) => item.name)).toEqual(['Vrouwenhuis West']);
    expect(
      (await resident.request('GET', '/public/directory/search?pageSize=101')).statusCode,
    ).toBe(400);
  });

  it('filters by district, category, target group, language and access route', async () => {
    expect(await names('?district=PZO')).toEqual(['Opvang Amstel', 'Stichting Vaderhuis']);
    expect(await names('?category=support-group')).toEqual([
      'Stichting Vaderhuis',
      'Vrouwenhuis West',
    ]);
    expect(await names('?targetGroup=women')).toEqual(['Opvang Amstel', 'Vrouwenhuis West']);
    expect(await names('?language=pap')).toEqual(['Stichting Vaderhuis']);
    expect(await names('?access=referral')).toEqual(['Vrouwenhuis West']);
    expect(await names('?q=opvang&district=PNW')).toEqual(['Opvang Amstel']);
    expect(await names('?q=Vaderhuys')).toEqual(['Stichting Vaderhuis']);
  });

  it('never finds an inactive organisation, nor by an inactive service', async () => {
    expect(await names('?q=gesloten')).toEqual([]);
    expect(await names('?q=Stichting%20Geslotn')).toEqual([]);
    expect(await names('?district=PNW&category=support-group&access=walk-in')).toEqual([]);
    expect(await names('?q=zwemgroep')).toEqual([]);
    const response = await resident.request(
      'GET',
      `/public/directory/organisations/${ids['Stichting Gesloten']}`,
    );
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    // Signed-in professionals still find it: the filter is the public page's alone.
    const signedIn = (await admin.request('GET', '/directory/search?q=gesloten')).json() as {
      items: { name: string }[];
    };
    expect(signedIn.items.map((item) => item.name)).toEqual(['Stichting Gesloten']);
  });

  it("shows an entry's role, general contact, active services and public locations", async () => {
    const entry = await entryOf('Stichting Vaderhuis');
    expect(entry).toEqual({
      id: ids['Stichting Vaderhuis'],
      name: 'Stichting Vaderhuis',
      kind: 'informal',
      districts: [expect.objectContaining({ code: 'PZO', name: 'Zuidoost' })],
      profile: {
        description: 'Een stichting voor vaders in de wijk.',
        website: 'https://vaderhuis.test.example',
        email: 'info@vaderhuis.test.example',
        phone: '020 000 0100',
        whatWeDo: 'Gesprekken met vaders over opvoeden zonder geweld.',
        whatWeDoNot: 'Geen opvang en geen meldingen namens iemand.',
        languages: ['nl', 'pap'],
      },
      services: [
        {
          id: expect.any(String),
          name: 'Vadergroep',
          description: 'Elke donderdagavond.',
          categories: ['support-group'],
          targetGroups: ['men-fathers'],
          accessRoutes: ['walk-in'],
          eligibility: 'Voor vaders uit Zuidoost.',
          cost: 'Gratis',
          languages: ['nl', 'pap'],
          schedule: 'Donderdag 19.00–21.00 uur',
          districts: [expect.objectContaining({ code: 'PZO' })],
        },
      ],
      locations: [
        {
          id: expect.any(String),
          name: 'Inloophuis',
          streetAddress: 'Openbare Laan 5',
          postcode: '1102 AA',
          city: 'Amsterdam',
          openingHours: 'Donderdag vanaf 18.30 uur',
        },
      ],
    });
  });

  it('never shows a contact, a confidential location, capacity, verification or editors', async () => {
    const answers: string[] = [];
    const collect = async (url: string) => {
      const response = await resident.request('GET', url);
      // Answers, not the problem+json of the inactive entry (which has its own test).
      if (response.statusCode === 200) answers.push(response.body);
      return response;
    };
    for (const name of Object.keys(ids)) {
      await collect(`/public/directory/organisations/${ids[name]}`);
    }
    for (const secret of Object.values(secrets)) {
      const response = await collect(`/public/directory/search?q=${encodeURIComponent(secret)}`);
      // A word of a secret finds nothing (only "Opvang…" names are a typo away from "Opvanghuis").
      const found = (response.json() as PublicDirectorySearchPage).items.map((i) => i.name);
      expect(
        found.filter((name) => name !== 'Opvang Amstel'),
        secret,
      ).toEqual([]);
    }
    await collect('/public/directory/search');
    await collect('/public/directory/search?q=vaders&pageSize=100');

    const everything = answers.join('\n');
    for (const secret of Object.values(secrets)) expect(everything).not.toContain(secret);
    for (const key of [
      'contacts',
      'confidential',
      'capacity',
      'status',
      'lastVerifiedAt',
      'toBeChecked',
      'updatedAt',
      'optedInAt',
      'organisationId',
    ]) {
      expect(everything, key).not.toContain(`"${key}"`);
    }
    // The professionals' own view still has them: this is the public page's doing.
    const signedIn = await admin.request(
      'GET',
      `/directory/organisations/${ids['Stichting Vaderhuis']}`,
    );
    expect(signedIn.body).toContain(secrets.contactName);
  });

  it('answers 404 for an unknown organisation and 400 for a malformed id', async () => {
    const unknown = await resident.request(
      'GET',
      '/public/directory/organisations/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    );
    expect(unknown.statusCode).toBe(404);
    expect(
      (await resident.request('GET', '/public/directory/organisations/geen-id')).statusCode,
    ).toBe(400);
    expect(
      (await resident.request('GET', '/public/directory/search?category=koken')).statusCode,
    ).toBe(400);
  });

  it('answers signed-in people the same public view', async () => {
    const asResident = await resident.request(
      'GET',
      `/public/directory/organisations/${ids['Stichting Vaderhuis']}`,
    );
    const asAdmin = await admin.request(
      'GET',
      `/public/directory/organisations/${ids['Stichting Vaderhuis']}`,
    );
    expect(asAdmin.json()).toEqual(asResident.json());
  });
});

describe('the public directory, turned off (the default)', () => {
  let off: TestContext;
  let organisationId: string;
  beforeAll(async () => {
    off = await createTestApp();
    organisationId = (await off.newOrganisation()).id;
  });
  afterAll(() => off?.close());

  /** The answer without its request id, which differs per request. */
  const answer = async (url: string) => {
    const response = await apiClient(off.app).request('GET', url);
    const { requestId: _, ...body } = response.json() as { requestId: string };
    return { status: response.statusCode, type: response.headers['content-type'], body };
  };

  it('answers 404 on both routes, exactly like an address that does not exist', async () => {
    const nothing = await answer('/bestaat/niet');
    expect(nothing.status).toBe(404);
    expect(nothing.type).toContain('application/problem+json');
    for (const url of [
      '/public/directory/search',
      '/public/directory/search?q=stichting',
      `/public/directory/organisations/${organisationId}`,
      // Not even malformed input gives away that the route exists (no 400).
      '/public/directory/search?pageSize=9999',
      '/public/directory/organisations/geen-id',
    ]) {
      expect(await answer(url), url).toEqual(nothing);
    }
  });
});
