import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { v5 as uuidv5 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryEntry, DirectorySearchPage } from '../../../../shared/schemas/directory.js';
import {
  type DirectoryImportResult,
  type HsdsOrganization,
  hsdsExportSchema,
} from '../../../../shared/schemas/directory-exchange.js';
import type { Problem } from '../../../../shared/schemas/problem.js';
import { apiClient } from '../../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../../testing/test-app.js';
import { directoryRepository } from '../directory.repository.js';
import { stableId, stableIdNamespace } from './taxonomy.js';

const clock = fakeClock();
let ctx: TestContext;
type Tab = ReturnType<typeof apiClient>;
let admin: Tab;
let coordinatorNW: Tab;
let coordinatorZO: Tab;
let member: Tab;
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
  await ctx.newDistrict({ code: 'NW', name: 'Nieuw-West' });
  await ctx.newDistrict({ code: 'ZO', name: 'Zuidoost' });
  const organisation = async (name: string, kind: 'informal' | 'formal', codes: string[]) => {
    ids[name] = (await ctx.newOrganisation({ name, kind, districtCodes: codes })).id;
  };
  await organisation('Stichting Vrouwenkracht', 'informal', ['NW']);
  await organisation('Veilig Huis West', 'formal', ['NW', 'ZO']);
  await organisation('Vadernetwerk Zuidoost', 'informal', ['ZO']);

  const signedIn = async (user: Awaited<ReturnType<TestContext['newUser']>>) => {
    const tab = apiClient(ctx.app);
    expect((await tab.signInFully(user, clock())).statusCode).toBe(200);
    return tab;
  };
  // They work at Veilig Huis West, so that the directory holds only the three organisations.
  const staff = { organisationId: ids['Veilig Huis West'] };
  admin = await signedIn(await ctx.newUser({ ...staff, roles: [{ role: 'admin' }] }));
  coordinatorNW = await signedIn(
    await ctx.newUser({ ...staff, roles: [{ role: 'coordinator', districtCode: 'NW' }] }),
  );
  coordinatorZO = await signedIn(
    await ctx.newUser({ ...staff, roles: [{ role: 'coordinator', districtCode: 'ZO' }] }),
  );
  const group = await ctx.newNetworkGroup({
    districtCode: 'NW',
    organisationIds: [ids['Stichting Vrouwenkracht'] as string],
  });
  member = await signedIn(
    await ctx.newUser({
      organisationId: ids['Stichting Vrouwenkracht'],
      roles: [{ role: 'member', networkGroupId: group.id }],
    }),
  );

  const ok = async (method: 'PUT' | 'POST', url: string, body: object) => {
    const response = await admin.request(method, url, body);
    expect(response.statusCode, response.body).toBeLessThan(300);
  };
  const vrouwenkracht = ids['Stichting Vrouwenkracht'] as string;
  await ok('PUT', `/directory/organisations/${vrouwenkracht}/profile`, {
    description: 'Vrouwen helpen vrouwen, met "koffie" en een luisterend oor.',
    phone: '+31 20 000 0001',
    website: 'https://vrouwenkracht.example',
    whatWeDo: 'Luisteren; doorverwijzen.\nElke week.',
    whatWeDoNot: '- geen opvang',
    languages: ['nl', 'ar'],
  });
  await ok(
    'POST',
    `/directory/organisations/${vrouwenkracht}/services`,
    service({
      name: 'Vrouwengroep',
      description: 'Elke dinsdag, in het buurthuis.',
      categories: ['support-group', 'awareness-dialogue'],
      targetGroups: ['women'],
      accessRoutes: ['walk-in', 'referral'],
      languages: ['nl', 'ar'],
      schedule: 'Dinsdag 10.00-12.00',
      capacity: 12,
      districtCodes: ['NW'],
    }),
  );
  await ok(
    'POST',
    `/directory/organisations/${vrouwenkracht}/services`,
    service({ name: 'Inloopspreekuur', categories: ['walk-in'], status: 'inactive' }),
  );
  await ok('PUT', `/directory/organisations/${ids['Veilig Huis West']}/profile`, {
    description: 'Opvang voor wie thuis niet veilig is.',
    whatWeDo: '=vertrouwelijk',
  });
  // A public and a confidential location, and a warm-line contact: the last two never leave.
  const repository = directoryRepository(ctx.database.db);
  const at = clock().toISOString();
  for (const [name, streetAddress, confidential] of [
    ['Buurthuis De Brug', 'Pleinweg 1', false],
    ['Opvanghuis', 'Geheimstraat 7', true],
  ] as const) {
    await repository.saveLocation(
      { id: randomUUID(), organisationId: vrouwenkracht, at, isNew: true },
      {
        name,
        streetAddress,
        postcode: '1060 AA',
        city: 'Amsterdam',
        openingHours: '',
        confidential,
      },
    );
  }
  await repository.saveContact(
    { id: randomUUID(), organisationId: vrouwenkracht, at, isNew: true },
    { name: 'Fictieve Fenna', role: 'Aandachtsfunctionaris', phone: '', email: '', optedIn: true },
  );
});
afterAll(() => ctx?.close());

const exportFile = (tab: Tab, query: string) => tab.request('GET', `/directory/export?${query}`);
const csvRows = (body: string) =>
  parse(body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
const importFile = (tab: Tab, format: 'csv' | 'hsds', content: string, dryRun?: boolean) =>
  tab.request('POST', '/directory/import', { format, content, ...(dryRun ? { dryRun } : {}) });

/** What a user can see of the whole directory (as the owner's member, who sees everything). */
async function snapshot() {
  const entries: DirectoryEntry[] = [];
  for (const name of Object.keys(ids).sort()) {
    const response = await member.request('GET', `/directory/organisations/${ids[name]}`);
    entries.push(response.json() as DirectoryEntry);
  }
  const organisations = await ctx.database.db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'updated_at'])
    .orderBy('name')
    .execute();
  return { entries, organisations };
}
const importAudits = async () =>
  (
    await ctx.database.db
      .selectFrom('audit_entries')
      .select('resource_id')
      .where('action', '=', 'directory.import')
      .execute()
  ).map((row) => row.resource_id);

const header =
  'organisation_name,organisation_kind,organisation_districts,organisation_description,' +
  'service_name,categories,target_groups,service_districts,capacity';

describe('exporting the directory', () => {
  it('writes CSV for Excel: BOM, one row per service, codes with ;, formulas made inert', async () => {
    const response = await exportFile(member, 'format=csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="schakel-sociale-kaart.csv"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.startsWith('\uFEFForganisation_name,organisation_kind,')).toBe(true);

    const rows = csvRows(response.body);
    expect(rows.map((row) => [row.organisation_name, row.service_name])).toEqual([
      ['Stichting Vrouwenkracht', 'Inloopspreekuur'],
      ['Stichting Vrouwenkracht', 'Vrouwengroep'],
      ['Vadernetwerk Zuidoost', ''],
      ['Veilig Huis West', ''],
    ]);
    expect(rows[1]).toMatchObject({
      organisation_kind: 'informal',
      organisation_districts: 'NW',
      organisation_languages: 'nl;ar',
      // A spreadsheet would compute these: an apostrophe keeps them text.
      phone: "'+31 20 000 0001",
      what_we_do_not: "'- geen opvang",
      what_we_do: 'Luisteren; doorverwijzen.\nElke week.',
      categories: 'support-group;awareness-dialogue',
      access_routes: 'walk-in;referral',
      capacity: '12',
      service_districts: 'NW',
      service_status: 'active',
    });
    expect(rows[0]).toMatchObject({ service_status: 'inactive', capacity: '' });
    expect(rows[3]).toMatchObject({
      organisation_districts: 'NW;ZO',
      what_we_do: "'=vertrouwelijk",
      categories: '',
    });
  });

  it('never holds warm-line contacts or confidential locations', async () => {
    for (const format of ['csv', 'hsds']) {
      const { body } = await exportFile(admin, `format=${format}`);
      for (const secret of [
        'Fictieve Fenna',
        'Aandachtsfunctionaris',
        'Geheimstraat',
        'Opvanghuis',
      ]) {
        expect(body).not.toContain(secret);
      }
    }
  });

  it('limits an export to the organisations serving a district', async () => {
    const rows = csvRows((await exportFile(member, 'format=csv&district=ZO')).body);
    expect([...new Set(rows.map((row) => row.organisation_name))]).toEqual([
      'Vadernetwerk Zuidoost',
      'Veilig Huis West',
    ]);
    const response = await exportFile(member, 'format=hsds&district=ZO');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="schakel-sociale-kaart-ZO.hsds.json"',
    );
  });

  it('writes HSDS 3.0 organizations with services, capacities and our taxonomies', async () => {
    const response = await exportFile(member, 'format=hsds');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const organizations = response.json() as HsdsOrganization[];
    expect(organizations.map((o) => o.name)).toEqual([
      'Stichting Vrouwenkracht',
      'Vadernetwerk Zuidoost',
      'Veilig Huis West',
    ]);
    const [vrouwenkracht] = organizations;
    expect(vrouwenkracht).toMatchObject({
      id: ids['Stichting Vrouwenkracht'],
      description: 'Vrouwen helpen vrouwen, met "koffie" en een luisterend oor.',
      website: 'https://vrouwenkracht.example',
      phones: [{ number: '+31 20 000 0001' }],
      locations: [
        {
          name: 'Buurthuis De Brug',
          location_type: 'physical',
          addresses: [{ address_1: 'Pleinweg 1', postal_code: '1060 AA', country: 'NL' }],
        },
      ],
    });
    const terms = (attributes: HsdsOrganization['attributes']) =>
      attributes.map((a) => `${a.taxonomy_term.taxonomy_id}:${a.taxonomy_term.code}`);
    expect(terms(vrouwenkracht?.attributes ?? [])).toEqual([
      'schakel-organisation-kinds:informal',
      'schakel-districts:NW',
      'schakel-languages:nl',
      'schakel-languages:ar',
      'schakel-organisation-status:active',
      'schakel-profile:what-we-do',
      'schakel-profile:what-we-do-not',
    ]);
    const groep = vrouwenkracht?.services.find((s) => s.name === 'Vrouwengroep');
    expect(groep).toMatchObject({
      organization_id: ids['Stichting Vrouwenkracht'],
      status: 'active',
      schedules: [{ description: 'Dinsdag 10.00-12.00' }],
      service_areas: [{ name: 'Nieuw-West', uri: 'urn:schakel:district:NW' }],
      languages: [
        { code: 'nl', name: 'Dutch' },
        { code: 'ar', name: 'Arabic' },
      ],
      capacities: [{ maximum: 12, unit: { name: 'place' } }],
    });
    expect(groep?.capacities[0]).not.toHaveProperty('available');
    expect(terms(groep?.attributes ?? [])).toEqual([
      'schakel-categories:support-group',
      'schakel-categories:awareness-dialogue',
      'schakel-target-groups:women',
      'schakel-access-routes:walk-in',
      'schakel-access-routes:referral',
    ]);
    expect(groep?.attributes[0]?.taxonomy_term).toMatchObject({
      name: 'Support group',
      taxonomy_id: 'schakel-categories',
    });
    // As documented in the API description.
    expect(hsdsExportSchema.parse(organizations)).toEqual(organizations);
    // The same directory gives the same file, ids and all.
    expect((await exportFile(member, 'format=hsds')).body).toBe(response.body);
  });

  it('is for signed-in people only, and checks its query', async () => {
    expect((await exportFile(apiClient(ctx.app), 'format=csv')).statusCode).toBe(401);
    expect((await exportFile(member, 'format=xml')).statusCode).toBe(400);
  });
});

describe('importing', () => {
  it('changes nothing when a CSV export comes back: a round trip', async () => {
    const before = await snapshot();
    const audits = (await importAudits()).length;
    const exported = (await exportFile(admin, 'format=csv')).body;
    const response = await importFile(admin, 'csv', exported);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      dryRun: false,
      organisations: { created: 0, updated: 0, unchanged: 3 },
      services: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await snapshot()).toEqual(before);
    expect((await importAudits()).length).toBe(audits);
    expect((await exportFile(admin, 'format=csv')).body).toBe(exported);
  });

  it('changes nothing when an HSDS export comes back', async () => {
    const before = await snapshot();
    const exported = (await exportFile(admin, 'format=hsds')).body;
    const response = await importFile(admin, 'hsds', exported);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      organisations: { created: 0, updated: 0, unchanged: 3 },
      services: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('creates and updates organisations and services, audited, and the search follows', async () => {
    clock.advance(5);
    const file = [
      header,
      // New: created with its kind, district and two services.
      'Stichting Nieuw Begin,informal,NW,Wij helpen na een scheiding.,Praatgroep,support-group,parents,NW,8',
      'stichting nieuw begin ,informal,NW,Wij helpen na een scheiding.,Kinderclub,child-support,children-youth,,',
      // Existing (matched without case): a new description, a changed and a new service.
      'VADERNETWERK ZUIDOOST,,,Vaders voor vaders.,Vaderavond,support-group,men-fathers,ZO,15',
    ].join('\n');
    const response = await importFile(coordinatorNW, 'csv', file);
    expect(response.statusCode).toBe(422);
    // The Zuidoost organisation is not the Nieuw-West coordinator's; the administrator's, yes.
    const ok = await importFile(admin, 'csv', file);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({
      dryRun: false,
      organisations: { created: 1, updated: 1, unchanged: 0 },
      services: { created: 3, updated: 0, unchanged: 0 },
    });

    const found = (
      await member.request('GET', '/directory/search?q=scheiding')
    ).json() as DirectorySearchPage;
    expect(found.items.map((item) => item.name)).toEqual(['Stichting Nieuw Begin']);
    const created = found.items[0]?.id as string;
    ids['Stichting Nieuw Begin'] = created;
    const entry = (
      await member.request('GET', `/directory/organisations/${created}`)
    ).json() as DirectoryEntry;
    expect(entry).toMatchObject({
      name: 'Stichting Nieuw Begin',
      kind: 'informal',
      districts: [{ code: 'NW' }],
      profile: { description: 'Wij helpen na een scheiding.', status: 'active' },
    });
    expect(entry.services.map((s) => [s.name, s.capacity, s.districts.map((d) => d.code)])).toEqual(
      [
        ['Kinderclub', null, []],
        ['Praatgroep', 8, ['NW']],
      ],
    );

    const vaders = (
      await member.request('GET', `/directory/organisations/${ids['Vadernetwerk Zuidoost']}`)
    ).json() as DirectoryEntry;
    // The name stays as the directory has it; the kind and districts too (not in the file).
    expect(vaders).toMatchObject({ name: 'Vadernetwerk Zuidoost', kind: 'informal' });
    expect(vaders.profile.description).toBe('Vaders voor vaders.');
    expect(vaders.services.map((s) => s.name)).toEqual(['Vaderavond']);

    // One audit entry per organisation changed, which its history shows.
    expect((await importAudits()).slice(-2).sort()).toEqual(
      [created, ids['Vadernetwerk Zuidoost']].sort(),
    );
    const history = await admin.request(
      'GET',
      `/directory/organisations/${ids['Vadernetwerk Zuidoost']}/history`,
    );
    expect((history.json() as { items: { action: string }[] }).items[0]?.action).toBe(
      'directory.import',
    );

    // The same file again: the services are found by name and nothing changes.
    const again = await importFile(admin, 'csv', file);
    expect(again.json()).toMatchObject({
      organisations: { created: 0, updated: 0, unchanged: 2 },
      services: { created: 0, updated: 0, unchanged: 3 },
    });
    // A changed cell updates that service only; services not in the file stay.
    const changed = await importFile(
      admin,
      'csv',
      `${header}\nVadernetwerk Zuidoost,,,Vaders voor vaders.,Vaderavond,support-group;training,men-fathers,ZO,15`,
    );
    expect(changed.json()).toMatchObject({
      organisations: { created: 0, updated: 1, unchanged: 0 },
      services: { created: 0, updated: 1, unchanged: 0 },
    });
  });

  it('refuses a file with a broken row, naming every line, and writes nothing', async () => {
    const before = await snapshot();
    const audits = (await importAudits()).length;
    const file = [
      header,
      'Stichting Goed Bezig,informal,NW,Een nieuwe stichting.,Koffie-ochtend,walk-in,women,NW,',
      'Stichting Goed Bezig,informal,NW,Een nieuwe stichting.,Taalcafé,training,women,NW,',
      'Stichting Vrouwenkracht,,,Vrouwen helpen vrouwen.,Kookclub,koken,women,NW,',
      'Veilig Huis West,,,Opvang.,,,,,',
      'Vadernetwerk Zuidoost,,,Vaders voor vaders.,Vaderavond,support-group,men-fathers,ZO,15',
      ',informal,NW,Naam vergeten,,,,,',
    ].join('\n');
    const response = await importFile(admin, 'csv', file);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const problem = response.json() as Problem;
    expect(problem.detail).toBe('The file has 2 error(s); nothing was imported.');
    expect(problem.errors).toEqual([
      {
        location: 'body',
        line: 4,
        path: 'categories',
        code: 'unknown-value',
        message: 'unknown category: "koken"',
      },
      {
        location: 'body',
        line: 7,
        path: 'organisation_name',
        code: 'required',
        message: 'a name is required',
      },
    ]);
    // The good rows were not written either.
    expect(await snapshot()).toEqual(before);
    expect((await importAudits()).length).toBe(audits);
    const search = await member.request('GET', '/directory/search?q=goed%20bezig');
    expect((search.json() as DirectorySearchPage).total).toBe(0);
  });

  it('says what is wrong without repeating what the cells hold', async () => {
    const response = await importFile(
      admin,
      'csv',
      [
        `${header},email`,
        'Stichting Nieuw,,NW,Beschrijving,,,,,,niet een adres van Jan Jansen',
        'Stichting Vrouwenkracht,informal,NW,Anders dan regel 4,,,Jan Jansen 0612345678,,,',
        'Stichting Vrouwenkracht,formal,NW,Vrouwen helpen vrouwen.,,,,,,',
        'Veilig Huis West,,QQ,,Opvang,shelter,women,ZO;NW,veertig,',
      ].join('\n'),
    );
    expect(response.statusCode).toBe(422);
    const errors = (response.json() as Problem).errors ?? [];
    expect(errors.map((e) => [e.line, e.path, e.code])).toEqual([
      [2, 'email', 'invalid'],
      [2, 'organisation_kind', 'required'],
      [3, 'service_name', 'required'],
      [3, 'target_groups', 'unknown-value'],
      [4, 'organisation_kind', 'conflict'],
      [4, 'organisation_description', 'conflict'],
      [5, 'capacity', 'invalid'],
      [5, 'organisation_districts', 'unknown-value'],
    ]);
    expect(JSON.stringify(errors)).not.toMatch(/Jan|0612345678|veertig/);
    expect(errors.find((e) => e.code === 'unknown-value' && e.line === 3)?.message).toBe(
      'unknown target group: this value',
    );
  });

  it('checks the whole file in a dry run, counts, and writes nothing', async () => {
    const before = await snapshot();
    const file = `${header}\nStichting Proef,formal,ZO,Alleen geteld.,Proefdienst,training,professionals,ZO,`;
    const dry = await importFile(admin, 'csv', file, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({
      dryRun: true,
      organisations: { created: 1, updated: 0, unchanged: 0 },
      services: { created: 1, updated: 0, unchanged: 0 },
    } satisfies DirectoryImportResult);
    expect(await snapshot()).toEqual(before);
    const broken = await importFile(admin, 'csv', `${header}\nStichting Proef,formal,,,,,,,`, true);
    expect(broken.statusCode).toBe(422);
    expect((broken.json() as Problem).errors?.[0]).toMatchObject({
      line: 2,
      path: 'organisation_districts',
      code: 'required',
    });
  });

  it("keeps a coordinator to their own districts' organisations: other rows are errors", async () => {
    const file = [
      header,
      'Stichting Vrouwenkracht,,,Door de coördinator.,,,,,',
      'Stichting Nieuw West,informal,NW,Nieuw in West.,,,,,',
      'Veilig Huis West,,ZO,Opvang voor wie thuis niet veilig is.,,,,,',
    ].join('\n');
    const before = await snapshot();
    const refused = await importFile(coordinatorZO, 'csv', file);
    expect(refused.statusCode).toBe(422);
    expect(((refused.json() as Problem).errors ?? []).map((e) => [e.line, e.path, e.code])).toEqual(
      [
        [2, 'organisation_name', 'out-of-reach'],
        [3, 'organisation_districts', 'out-of-reach'],
        // Veilig Huis West serves Zuidoost too, but taking Nieuw-West away is not theirs to do.
        [4, 'organisation_districts', 'out-of-reach'],
      ],
    );
    expect(await snapshot()).toEqual(before);

    const allowed = await importFile(
      coordinatorNW,
      'csv',
      file.replace(',ZO,Opvang', ',NW;ZO,Opvang'),
    );
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(allowed.json()).toMatchObject({
      organisations: { created: 1, updated: 1, unchanged: 1 },
    });

    expect((await importFile(member, 'csv', file)).statusCode).toBe(403);
    expect((await importFile(apiClient(ctx.app), 'csv', file)).statusCode).toBe(401);
  });

  it('reads ; as separator, a BOM, Windows line ends and cells over several lines', async () => {
    const file =
      '\uFEFForganisation_name;organisation_kind;organisation_districts;what_we_do;service_name;categories\r\n' +
      'Stichting Puntkomma;informal;NW;"Wij doen:\r\n- luisteren;\r\n- ""thee"" zetten";Theekring;"support-group;walk-in"\r\n' +
      'Stichting Puntkomma;informal;NW;"Wij doen:\r\n- luisteren;\r\n- ""thee"" zetten";Schrijfclub;schrijven\r\n';
    const refused = await importFile(admin, 'csv', file);
    expect(((refused.json() as Problem).errors ?? []).map((e) => [e.line, e.path])).toEqual([
      [5, 'categories'],
    ]);
    const ok = await importFile(admin, 'csv', file.replace('schrijven', 'training'));
    expect(ok.statusCode, ok.body).toBe(200);
    const found = (
      await member.request('GET', '/directory/search?q=puntkomma')
    ).json() as DirectorySearchPage;
    const entry = (
      await member.request('GET', `/directory/organisations/${found.items[0]?.id}`)
    ).json() as DirectoryEntry;
    expect(entry.profile.whatWeDo).toBe('Wij doen:\n- luisteren;\n- "thee" zetten');
    expect(entry.services.map((s) => [s.name, s.categories])).toEqual([
      ['Schrijfclub', ['training']],
      ['Theekring', ['support-group', 'walk-in']],
    ]);
  });

  it('refuses what is not a CSV of ours: unknown columns, ragged rows, an open quote', async () => {
    const errorsOf = async (content: string) =>
      ((await importFile(admin, 'csv', content)).json() as Problem).errors?.map((e) => [
        e.line,
        e.path,
        e.code,
      ]);
    expect(await errorsOf('naam,soort\nStichting A,informal')).toEqual([
      [1, 'naam', 'columns'],
      [1, 'soort', 'columns'],
      [1, 'organisation_name', 'columns'],
    ]);
    expect(
      await errorsOf('organisation_name,organisation_kind\nStichting A\nStichting B,formal,x'),
    ).toEqual([
      [2, '', 'columns'],
      [3, '', 'columns'],
    ]);
    // The line where the quote opens.
    expect(await errorsOf('organisation_name,what_we_do\nStichting A,"open\n')).toEqual([
      [2, '', 'unreadable'],
    ]);
    expect((await importFile(admin, 'csv', 'x'.repeat(5 * 1024 * 1024 + 1))).statusCode).toBe(400);
    const huge = await importFile(admin, 'csv', 'x'.repeat(16 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as Problem).detail).toBe(
      'The request is too large: a file may hold at most 5 MiB of text.',
    );
  });

  it('imports HSDS from elsewhere and names the path of every error', async () => {
    const organisation = (name: unknown, services: unknown[]) => ({
      id: randomUUID(),
      name,
      description: 'Van een andere sociale kaart.',
      attributes: [
        { taxonomy_term: { taxonomy_id: 'schakel-organisation-kinds', code: 'formal' } },
        { taxonomy_term: { taxonomy_id: 'schakel-districts', code: 'ZO' } },
        // Another taxonomy: left alone.
        { taxonomy_term: { taxonomy: 'Open Eligibility', code: '1102' } },
      ],
      services,
    });
    const file = [
      organisation('Stichting Elders', [
        {
          name: 'Schuldhulp',
          status: 'temporarily closed',
          fees_description: 'Gratis',
          languages: [{ name: 'Turkish' }],
          capacities: [{ available: 3 }],
          service_areas: [{ uri: 'urn:schakel:district:ZO' }, { name: 'Amsterdam' }],
          attributes: [{ taxonomy_term: { taxonomy_id: 'schakel-categories', code: 'debt-help' } }],
        },
      ]),
      organisation('Stichting Fouten', [
        { name: 'Goed' },
        { description: 'Zonder naam' },
        {
          name: 'Verkeerd',
          attributes: [
            { taxonomy_term: { taxonomy_id: 'schakel-categories', code: 'debt-help' } },
            { taxonomy_term: { taxonomy_id: 'schakel-target-groups', code: 'katten' } },
          ],
        },
      ]),
    ];
    const refused = await importFile(admin, 'hsds', JSON.stringify(file));
    expect(refused.statusCode).toBe(422);
    expect(((refused.json() as Problem).errors ?? []).map((e) => [e.path, e.code])).toEqual([
      ['[1].services[1].name', 'required'],
      ['[1].services[2].attributes[1].taxonomy_term.code', 'unknown-value'],
    ]);

    const ok = await importFile(admin, 'hsds', JSON.stringify(file.slice(0, 1)));
    expect(ok.statusCode, ok.body).toBe(200);
    const found = (
      await member.request('GET', '/directory/search?q=elders')
    ).json() as DirectorySearchPage;
    const entry = (
      await member.request('GET', `/directory/organisations/${found.items[0]?.id}`)
    ).json() as DirectoryEntry;
    expect(entry).toMatchObject({
      kind: 'formal',
      districts: [{ code: 'ZO' }],
      services: [
        {
          name: 'Schuldhulp',
          status: 'inactive',
          cost: 'Gratis',
          languages: ['tr'],
          capacity: 3,
          categories: ['debt-help'],
          districts: [{ code: 'ZO' }],
        },
      ],
    });

    const notJson = await importFile(admin, 'hsds', '[{"name": "Stichting"},');
    expect((notJson.json() as Problem).errors).toEqual([
      expect.objectContaining({ code: 'unreadable', message: 'the file is not valid JSON' }),
    ]);
    const notAList = await importFile(admin, 'hsds', '{"name": "Stichting"}');
    expect((notAList.json() as Problem).errors?.[0]?.code).toBe('unreadable');
  });
});

describe('stable ids', () => {
  it('are the name-based UUIDs (version 5) of the uuid package, computed faster', () => {
    for (const parts of [
      ['term', 'schakel-categories', 'shelter'],
      ['attribute', randomUUID()],
    ]) {
      expect(stableId(...parts)).toBe(uuidv5(parts.join(':'), stableIdNamespace));
    }
  });
});
