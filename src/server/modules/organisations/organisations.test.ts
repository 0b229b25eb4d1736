import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationPage } from '../../../shared/schemas/organisation.js';
import { createTestApp, type TestContext } from '../../testing/test-app.js';

let ctx: TestContext;
let east: { name: string };
let west: { name: string };
beforeAll(async () => {
  ctx = await createTestApp();
  west = await ctx.newDistrict({ code: 'WST', name: 'Test-West' });
  east = await ctx.newDistrict({ code: 'OST', name: 'Test-Oost' });
  await ctx.newOrganisation({
    name: 'Zonnebloem Wijkhulp',
    kind: 'informal',
    districtCodes: ['WST'],
  });
  await ctx.newOrganisation({
    name: 'Anker Jeugdhulp',
    kind: 'formal',
    districtCodes: ['WST', 'OST'],
  });
  await ctx.newOrganisation({ name: 'de Brug', kind: 'informal', districtCodes: [] });
});
afterAll(() => ctx.close());

const list = async (query: string) => {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/organisations${query}` });
  expect(response.statusCode).toBe(200);
  return response.json() as OrganisationPage;
};

describe('the organisations list', () => {
  it('shows each organisation with its kind and the districts it serves, by name', async () => {
    const page = await list('');
    // The same order on both engines, whatever the PostgreSQL server's locale: by code point.
    expect(page.items.map((organisation) => organisation.name)).toEqual([
      'Anker Jeugdhulp',
      'Zonnebloem Wijkhulp',
      'de Brug',
    ]);
    expect(page.items[0]).toMatchObject({
      kind: 'formal',
      districts: [
        { code: 'OST', name: east.name },
        { code: 'WST', name: west.name },
      ],
    });
    expect(page.total).toBe(3);
  });

  it('filters by district and by kind', async () => {
    expect((await list('?district=OST')).items.map((o) => o.name)).toEqual(['Anker Jeugdhulp']);
    expect((await list('?kind=informal')).items.map((o) => o.name)).toEqual([
      'Zonnebloem Wijkhulp',
      'de Brug',
    ]);
    expect((await list('?district=OST&kind=informal')).items).toEqual([]);
  });

  it('pages through the list and reports the total', async () => {
    const first = await list('?pageSize=2');
    const second = await list('?pageSize=2&page=2');
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(first.items.map((o) => o.name)).toEqual(['Anker Jeugdhulp', 'Zonnebloem Wijkhulp']);
    expect(second.items.map((o) => o.name)).toEqual(['de Brug']);
    expect((await list('?pageSize=2&page=3')).items).toEqual([]);
  });

  it('refuses a page size over the documented maximum and lists every bad parameter', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/organisations?pageSize=101&kind=secret&district=nw',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { errors: { location: string; path: string }[] };
    expect(body.errors.map((error) => error.path).sort()).toEqual(['district', 'kind', 'pageSize']);
    expect(body.errors.every((error) => error.location === 'query')).toBe(true);
  });
});

describe('creating an organisation', () => {
  it('refuses an unknown district and stores nothing', async () => {
    await expect(
      ctx.newOrganisation({ name: 'Halfweg Stichting', districtCodes: ['WST', 'NOPE'] }),
    ).rejects.toThrow('Unknown district');
    const page = await list('');
    expect(page.items.map((organisation) => organisation.name)).not.toContain('Halfweg Stichting');
  });
});
