import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectorySearchPage, DirectoryService } from '../../../shared/schemas/directory.js';
import { inTransaction } from '../../db/transaction.js';
import { apiClient } from '../../testing/api-client.js';
import { createTestApp, fakeClock, type TestContext } from '../../testing/test-app.js';
import { reindexDirectoryEntry } from './directory.service.js';

// The search's filters read what an organisation's active services offer from its search
// document, which every change rebuilds in its transaction (migration 0012). These scenarios
// change services every way the directory can, and check the filters follow at once.

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
  for (const [code, name] of [
    ['FWE', 'Filterwest'],
    ['FOO', 'Filteroost'],
    ['FZU', 'Filterzuid'],
  ]) {
    ids[code as string] = (await ctx.newDistrict({ code, name })).id;
  }
  for (const [name, codes] of [
    ['Stichting Schuilplaats', ['FWE', 'FOO']],
    ['Buurthuis Het Theehuis', ['FWE']],
  ] as const) {
    ids[name] = (
      await ctx.newOrganisation({ name, kind: 'informal', districtCodes: [...codes] })
    ).id;
  }
  admin = apiClient(ctx.app);
  const user = await ctx.newUser({
    organisationId: ids['Buurthuis Het Theehuis'],
    roles: [{ role: 'admin' }],
  });
  expect((await admin.signInFully(user, clock())).statusCode).toBe(200);
  expect(
    (
      await admin.request(
        'PUT',
        `/directory/organisations/${ids['Buurthuis Het Theehuis']}/profile`,
        { languages: ['tr'] },
      )
    ).statusCode,
  ).toBe(200);
});
afterAll(() => ctx?.close());

/** The names a filtered search finds, sorted (they all match alike). */
const found = async (query: string) => {
  const response = await admin.request('GET', `/directory/search?${query}`);
  expect(response.statusCode).toBe(200);
  return (response.json() as DirectorySearchPage).items.map((item) => item.name).sort();
};

describe('filtering the directory by what services offer', () => {
  let shelterId: string;

  it('finds an organisation by the category, group, access, language and district of a service', async () => {
    const created = await admin.request(
      'POST',
      `/directory/organisations/${ids['Stichting Schuilplaats']}/services`,
      service({
        name: 'Crisisopvang',
        categories: ['shelter'],
        targetGroups: ['women', 'children-youth'],
        accessRoutes: ['phone'],
        languages: ['ar', 'ar'],
        districtCodes: ['FOO'],
      }),
    );
    expect(created.statusCode).toBe(201);
    shelterId = (created.json() as DirectoryService).id;

    expect(await found('category=shelter')).toEqual(['Stichting Schuilplaats']);
    expect(await found('targetGroup=children-youth')).toEqual(['Stichting Schuilplaats']);
    expect(await found('access=phone')).toEqual(['Stichting Schuilplaats']);
    expect(await found('language=ar')).toEqual(['Stichting Schuilplaats']);
    // A language of the organisation itself counts too.
    expect(await found('language=tr')).toEqual(['Buurthuis Het Theehuis']);
    expect(await found('category=shelter&district=FOO&q=crisisopvang')).toEqual([
      'Stichting Schuilplaats',
    ]);
    expect(await found('category=legal-aid')).toEqual([]);
  });

  it('follows a changed service: new values count, old ones no longer', async () => {
    const changed = await admin.request(
      'PUT',
      `/directory/services/${shelterId}`,
      service({ name: 'Rechtswinkel', categories: ['legal-aid'], accessRoutes: ['walk-in'] }),
    );
    expect(changed.statusCode).toBe(200);
    expect(await found('category=shelter')).toEqual([]);
    expect(await found('access=phone')).toEqual([]);
    expect(await found('language=ar')).toEqual([]);
    expect(await found('category=legal-aid&access=walk-in')).toEqual(['Stichting Schuilplaats']);
  });

  it('leaves out an inactive service, and counts it again once active', async () => {
    const write = (status: string) =>
      admin.request(
        'PUT',
        `/directory/services/${shelterId}`,
        service({ name: 'Rechtswinkel', categories: ['legal-aid'], status }),
      );
    expect((await write('inactive')).statusCode).toBe(200);
    expect(await found('category=legal-aid')).toEqual([]);
    expect((await write('active')).statusCode).toBe(200);
    expect(await found('category=legal-aid')).toEqual(['Stichting Schuilplaats']);
  });

  it('finds an organisation in a district one of its active services serves', async () => {
    // The API keeps a service inside its organisation's districts; an older entry need not,
    // so the service's own districts count on their own. (Written here as the repository
    // would: in one transaction with the rebuilt document.)
    expect(await found('district=FZU')).toEqual([]);
    const shelterOrganisation = ids['Stichting Schuilplaats'] as string;
    await inTransaction(ctx.database.db, async (trx) => {
      await trx
        .insertInto('directory_service_districts')
        .values({ service_id: shelterId, district_id: ids.FZU as string })
        .execute();
      await reindexDirectoryEntry(trx, shelterOrganisation);
    });
    expect(await found('district=FZU')).toEqual(['Stichting Schuilplaats']);
    expect(await found('district=FZU&category=legal-aid')).toEqual(['Stichting Schuilplaats']);

    await inTransaction(ctx.database.db, async (trx) => {
      await trx
        .deleteFrom('directory_service_districts')
        .where('service_id', '=', shelterId)
        .where('district_id', '=', ids.FZU as string)
        .execute();
      await reindexDirectoryEntry(trx, shelterOrganisation);
    });
    expect(await found('district=FZU')).toEqual([]);
  });

  it('forgets a deleted service', async () => {
    expect((await admin.request('DELETE', `/directory/services/${shelterId}`)).statusCode).toBe(
      204,
    );
    expect(await found('category=legal-aid')).toEqual([]);
    expect(await found('access=walk-in')).toEqual([]);
  });
});
